import { DepthLimitError, MAX_DEPTH as RUNTIME_MAX_DEPTH, escapePointer, hasDuplicates, hasOwn as runtimeHasOwn, regExp, report, runCheck, runValidation, standardView, ucs2length } from "./runtime/validation.js";
import { formatDateTime, formatInt32, formatInt64, formatUri, formatUuid } from "./runtime/formats.js";
const MAX_DEPTH = RUNTIME_MAX_DEPTH;
const hasOwn = runtimeHasOwn;
const allowedValues = ["grant", "deny", "unknownFutureValue"];
const allowed = /* @__PURE__ */ new Set(["user", "group", "everyone", "everyoneExceptGuests", "externalGroup", "unknownFutureValue"]);
const allowedValues2 = ["user", "group", "everyone", "everyoneExceptGuests", "externalGroup", "unknownFutureValue"];
const allowed2 = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
const allowedValues3 = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const allowedValues4 = ["or", "and"];
const pattern = regExp("^#?microsoft\\.graph\\.(externalConnectors\\.)?configuration$");
const pattern2 = regExp("^[A-Za-z0-9]+$");
const pattern3 = regExp("^#?microsoft\\.graph\\.(externalConnectors\\.)?connectionOperation$");
const allowed3 = /* @__PURE__ */ new Set(["unspecified", "inprogress", "completed", "failed", "unknownFutureValue"]);
const allowedValues5 = ["unspecified", "inprogress", "completed", "failed", "unknownFutureValue"];
const allowed4 = /* @__PURE__ */ new Set(["draft", "ready", "obsolete", "limitExceeded", "unknownFutureValue"]);
const allowedValues6 = ["draft", "ready", "obsolete", "limitExceeded", "unknownFutureValue"];
const pattern4 = regExp("^#?microsoft\\.graph\\.connector$");
const allowedValues7 = ["active", "inactive"];
const allowed5 = /* @__PURE__ */ new Set(["uncategorized", "knowledgeBase", "wikis", "fileRepository", "qna", "crm", "dashboard", "people", "media", "email", "messaging", "meetingTranscripts", "taskManagement", "learningManagement", "unknownFutureValue"]);
const allowedValues8 = ["uncategorized", "knowledgeBase", "wikis", "fileRepository", "qna", "crm", "dashboard", "people", "media", "email", "messaging", "meetingTranscripts", "taskManagement", "learningManagement", "unknownFutureValue"];
const allowedValues9 = ["search", "compliance", "unknownFutureValue"];
const pattern5 = regExp("^#?microsoft\\.graph\\.(externalConnectors\\.)?externalActivity$");
const pattern6 = regExp("^#?microsoft\\.graph\\.(externalConnectors\\.)?externalActivityResult$");
const allowed6 = /* @__PURE__ */ new Set(["viewed", "modified", "created", "commented", "unknownFutureValue"]);
const allowedValues10 = ["viewed", "modified", "created", "commented", "unknownFutureValue"];
const pattern7 = regExp("^#?microsoft\\.graph\\.(externalConnectors\\.)?externalConnection$");
const pattern8 = regExp("^#?microsoft\\.graph\\.(externalConnectors\\.)?externalItem$");
const allowedValues11 = ["text", "html", "unknownFutureValue"];
const allowedValues12 = ["azureActiveDirectory", "external"];
const allowedValues13 = ["user", "group", "externalGroup", "unknownFutureValue"];
const allowed7 = /* @__PURE__ */ new Set(["low", "medium", "high", "veryHigh", "unknownFutureValue"]);
const allowedValues14 = ["low", "medium", "high", "veryHigh", "unknownFutureValue"];
const pattern9 = regExp("^#?microsoft\\.graph\\.(externalConnectors\\.)?informationProtectionLabel$");
const pattern10 = regExp("^#?microsoft\\.graph\\.(externalConnectors\\.)?itemIdResolver$");
const allowed8 = /* @__PURE__ */ new Set(["title", "url", "createdBy", "lastModifiedBy", "authors", "createdDateTime", "lastModifiedDateTime", "fileName", "fileExtension", "unknownFutureValue", "containerName", "containerUrl", "iconUrl", "assignedToPeople", "closedBy", "closedDate", "priority", "sprintName", "tags", "severity", "state", "dueDate", "itemParentId", "itemPath", "itemType", "numberOfReactions", "parentUrl", "priorityNormalized", "reportedBy", "secondaryId", "personEmails", "personAddresses", "personAnniversaries", "personName", "personNote", "personPhones", "personCurrentPosition", "personWebAccounts", "personWebSite", "personSkills", "personProjects", "personAccount", "personAwards", "personCertifications", "personAssistants", "personColleagues", "personManager", "personAlternateContacts", "personEmergencyContacts", "personEducationalActivities", "personInterests", "personLanguages", "personPublications", "personPatents", "personWorkPositions"]);
const allowedValues15 = ["title", "url", "createdBy", "lastModifiedBy", "authors", "createdDateTime", "lastModifiedDateTime", "fileName", "fileExtension", "unknownFutureValue", "containerName", "containerUrl", "iconUrl", "assignedToPeople", "closedBy", "closedDate", "priority", "sprintName", "tags", "severity", "state", "dueDate", "itemParentId", "itemPath", "itemType", "numberOfReactions", "parentUrl", "priorityNormalized", "reportedBy", "secondaryId", "personEmails", "personAddresses", "personAnniversaries", "personName", "personNote", "personPhones", "personCurrentPosition", "personWebAccounts", "personWebSite", "personSkills", "personProjects", "personAccount", "personAwards", "personCertifications", "personAssistants", "personColleagues", "personManager", "personAlternateContacts", "personEmergencyContacts", "personEducationalActivities", "personInterests", "personLanguages", "personPublications", "personPatents", "personWorkPositions"];
const pattern11 = regExp("@odata\\.type$");
const allowedValues16 = ["string", "stringCollection"];
const allowed9 = /* @__PURE__ */ new Set(["string", "int64", "double", "dateTime", "boolean", "stringCollection", "int64Collection", "doubleCollection", "dateTimeCollection", "unknownFutureValue", "principal", "principalCollection"]);
const allowedValues17 = ["string", "int64", "double", "dateTime", "boolean", "stringCollection", "int64Collection", "doubleCollection", "dateTimeCollection", "unknownFutureValue", "principal", "principalCollection"];
const pattern12 = regExp("^#?microsoft\\.graph\\.publicError$");
const allowed10 = /* @__PURE__ */ new Set(["null", "equals", "notEquals", "contains", "notContains", "lessThan", "greaterThan", "startsWith", "unknownFutureValue"]);
const allowedValues18 = ["null", "equals", "notEquals", "contains", "notContains", "lessThan", "greaterThan", "startsWith", "unknownFutureValue"];
const allowedValues19 = ["microsoft.graph.externalItem"];
const pattern13 = regExp("^Microsoft");
const allowed11 = /* @__PURE__ */ new Set(["None", "Directory", "Exchange", "ExchangeArchive", "LinkedIn", "Mailbox", "OneDriveBusiness", "SharePoint", "Teams", "Yammer", "Connectors", "TaskFabric", "PowerBI", "Assistant", "TopicEngine", "MSFT_All_Connectors"]);
const pattern14 = regExp("^[^\\s\\x00-\\x1F\\x7F:;,()\\[\\]{}%$+!*=&?@#\\\\~'\"<>^`]+$");
const allowedValues20 = ["include-unknown-enum-members"];
const allowedValues21 = ["respond-async"];
const pattern15 = regExp("^(search|compliance|unknownFutureValue)( *, *(search|compliance|unknownFutureValue))*$");
function checkAccessType(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data !== "grant" && data !== "deny" && data !== "unknownFutureValue") return false;
  return true;
}
function collectAccessType(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/accessType";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (data !== "grant" && data !== "deny" && data !== "unknownFutureValue" && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues)) return false;
  return ctx.issues.length === start;
}
function checkAcl(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "type")) return false;
  if (!hasOwn.call(obj, "value")) return false;
  if (!hasOwn.call(obj, "accessType")) return false;
  const prop_type = obj["type"];
  if (prop_type !== void 0) {
    if (!checkAclType(prop_type, depth + 1)) return false;
  }
  const prop_value = obj["value"];
  if (prop_value !== void 0) {
    if (!(typeof prop_value === "string")) return false;
  }
  const prop_accessType = obj["accessType"];
  if (prop_accessType !== void 0) {
    if (!checkAccessType(prop_accessType, depth + 1)) return false;
  }
  const prop_identitySource = obj["identitySource"];
  if (prop_identitySource !== void 0) {
    if (!checkIdentitySourceType(prop_identitySource, depth + 1)) return false;
  }
  return true;
}
function collectAcl(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/acl";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "type") && report(ctx, path + "/type", "required", "must have required property 'type'", schemaPath + "/required", "type")) return false;
    if (!hasOwn.call(obj, "value") && report(ctx, path + "/value", "required", "must have required property 'value'", schemaPath + "/required", "value")) return false;
    if (!hasOwn.call(obj, "accessType") && report(ctx, path + "/accessType", "required", "must have required property 'accessType'", schemaPath + "/required", "accessType")) return false;
    const prop_type = obj["type"];
    if (prop_type !== void 0) {
      if (!collectAclType(prop_type, path + "/type", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_value = obj["value"];
    if (prop_value !== void 0) {
      if (!(typeof prop_value === "string") && report(ctx, path + "/value", "type", "must be string", schemaPath + "/properties/value/type", "string")) return false;
    }
    const prop_accessType = obj["accessType"];
    if (prop_accessType !== void 0) {
      if (!collectAccessType(prop_accessType, path + "/accessType", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_identitySource = obj["identitySource"];
    if (prop_identitySource !== void 0) {
      if (!collectIdentitySourceType(prop_identitySource, path + "/identitySource", ctx, depth + 1) && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkAclType(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!allowed.has(data)) return false;
  return true;
}
function collectAclType(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/aclType";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (!allowed.has(data) && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues2)) return false;
  return ctx.issues.length === start;
}
function checkActivitySettings(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_urlToItemResolvers = obj["urlToItemResolvers"];
  if (prop_urlToItemResolvers !== void 0) {
    if (!Array.isArray(prop_urlToItemResolvers)) return false;
    for (let i = 0; i < prop_urlToItemResolvers.length; i++) {
      const item = prop_urlToItemResolvers[i];
      if (!checkItemIdResolver(item, depth + 1)) return false;
    }
  }
  return true;
}
function collectActivitySettings(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/activitySettings";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_urlToItemResolvers = obj["urlToItemResolvers"];
    if (prop_urlToItemResolvers !== void 0) {
      if (!Array.isArray(prop_urlToItemResolvers) && report(ctx, path + "/urlToItemResolvers", "type", "must be array", schemaPath + "/properties/urlToItemResolvers/type", "array")) return false;
      if (Array.isArray(prop_urlToItemResolvers)) {
        for (let i = 0; i < prop_urlToItemResolvers.length; i++) {
          const item = prop_urlToItemResolvers[i];
          if (!collectItemIdResolver(item, path + "/urlToItemResolvers/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkAddActivitiesRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "activities")) return false;
  const prop_activities = obj["activities"];
  if (prop_activities !== void 0) {
    if (!Array.isArray(prop_activities)) return false;
    if (prop_activities.length < 1) return false;
    if (prop_activities.length > 20) return false;
    for (let i = 0; i < prop_activities.length; i++) {
      const item = prop_activities[i];
      if (!checkExternalActivity(item, depth + 1)) return false;
    }
  }
  return true;
}
function collectAddActivitiesRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/addActivitiesRequest";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "activities") && report(ctx, path + "/activities", "required", "must have required property 'activities'", schemaPath + "/required", "activities")) return false;
    const prop_activities = obj["activities"];
    if (prop_activities !== void 0) {
      if (!Array.isArray(prop_activities) && report(ctx, path + "/activities", "type", "must be array", schemaPath + "/properties/activities/type", "array")) return false;
      if (Array.isArray(prop_activities)) {
        if (prop_activities.length < 1 && report(ctx, path + "/activities", "minItems", "must NOT have fewer than 1 items", schemaPath + "/properties/activities/minItems", 1)) return false;
        if (prop_activities.length > 20 && report(ctx, path + "/activities", "maxItems", "must NOT have more than 20 items", schemaPath + "/properties/activities/maxItems", 20)) return false;
        for (let i = 0; i < prop_activities.length; i++) {
          const item = prop_activities[i];
          if (!collectExternalActivity(item, path + "/activities/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkAddActivitiesResponse(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "value")) return false;
  const prop__odata_context = obj["@odata.context"];
  if (prop__odata_context !== void 0) {
    if (!(typeof prop__odata_context === "string")) return false;
  }
  const prop_value = obj["value"];
  if (prop_value !== void 0) {
    if (!Array.isArray(prop_value)) return false;
    for (let i = 0; i < prop_value.length; i++) {
      const item = prop_value[i];
      if (!checkExternalActivityResult(item, depth + 1)) return false;
    }
  }
  return true;
}
function collectAddActivitiesResponse(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/addActivitiesResponse";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "value") && report(ctx, path + "/value", "required", "must have required property 'value'", schemaPath + "/required", "value")) return false;
    const prop__odata_context = obj["@odata.context"];
    if (prop__odata_context !== void 0) {
      if (!(typeof prop__odata_context === "string") && report(ctx, path + "/@odata.context", "type", "must be string", schemaPath + "/properties/@odata.context/type", "string")) return false;
    }
    const prop_value = obj["value"];
    if (prop_value !== void 0) {
      if (!Array.isArray(prop_value) && report(ctx, path + "/value", "type", "must be array", schemaPath + "/properties/value/type", "array")) return false;
      if (Array.isArray(prop_value)) {
        for (let i = 0; i < prop_value.length; i++) {
          const item = prop_value[i];
          if (!collectExternalActivityResult(item, path + "/value/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkBatchRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "requests")) return false;
  const prop_requests = obj["requests"];
  if (prop_requests !== void 0) {
    if (!Array.isArray(prop_requests)) return false;
    if (prop_requests.length < 1) return false;
    if (prop_requests.length > 20) return false;
    for (let i = 0; i < prop_requests.length; i++) {
      const item = prop_requests[i];
      if (!checkBatchRequestStep(item, depth + 1)) return false;
    }
  }
  return true;
}
function collectBatchRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/batchRequest";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "requests") && report(ctx, path + "/requests", "required", "must have required property 'requests'", schemaPath + "/required", "requests")) return false;
    const prop_requests = obj["requests"];
    if (prop_requests !== void 0) {
      if (!Array.isArray(prop_requests) && report(ctx, path + "/requests", "type", "must be array", schemaPath + "/properties/requests/type", "array")) return false;
      if (Array.isArray(prop_requests)) {
        if (prop_requests.length < 1 && report(ctx, path + "/requests", "minItems", "must NOT have fewer than 1 items", schemaPath + "/properties/requests/minItems", 1)) return false;
        if (prop_requests.length > 20 && report(ctx, path + "/requests", "maxItems", "must NOT have more than 20 items", schemaPath + "/properties/requests/maxItems", 20)) return false;
        for (let i = 0; i < prop_requests.length; i++) {
          const item = prop_requests[i];
          if (!collectBatchRequestStep(item, path + "/requests/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkBatchRequestStep(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "id")) return false;
  if (!hasOwn.call(obj, "method")) return false;
  if (!hasOwn.call(obj, "url")) return false;
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
    if (prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) return false;
  }
  const prop_method = obj["method"];
  if (prop_method !== void 0) {
    if (!(typeof prop_method === "string")) return false;
    if (!allowed2.has(prop_method)) return false;
  }
  const prop_url = obj["url"];
  if (prop_url !== void 0) {
    if (!(typeof prop_url === "string")) return false;
    if (prop_url.length < 1 || prop_url.length < 2 && ucs2length(prop_url) < 1) return false;
  }
  const prop_headers = obj["headers"];
  if (prop_headers !== void 0) {
    if (!(typeof prop_headers === "object" && prop_headers !== null && !Array.isArray(prop_headers))) return false;
    const obj2 = prop_headers;
    for (const key of Object.keys(obj2)) {
      const value = obj2[key];
      if (!(typeof value === "string")) return false;
    }
  }
  const prop_dependsOn = obj["dependsOn"];
  if (prop_dependsOn !== void 0) {
    if (!Array.isArray(prop_dependsOn)) return false;
    for (let i = 0; i < prop_dependsOn.length; i++) {
      const item = prop_dependsOn[i];
      if (!(typeof item === "string")) return false;
      if (item.length < 1 || item.length < 2 && ucs2length(item) < 1) return false;
    }
  }
  return true;
}
function collectBatchRequestStep(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/batchRequestStep";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "id") && report(ctx, path + "/id", "required", "must have required property 'id'", schemaPath + "/required", "id")) return false;
    if (!hasOwn.call(obj, "method") && report(ctx, path + "/method", "required", "must have required property 'method'", schemaPath + "/required", "method")) return false;
    if (!hasOwn.call(obj, "url") && report(ctx, path + "/url", "required", "must have required property 'url'", schemaPath + "/required", "url")) return false;
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectBatchRequestStepId(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_method = obj["method"];
    if (prop_method !== void 0) {
      if (!(typeof prop_method === "string") && report(ctx, path + "/method", "type", "must be string", schemaPath + "/properties/method/type", "string")) return false;
      if (!allowed2.has(prop_method) && report(ctx, path + "/method", "enum", "must be equal to one of the allowed values", schemaPath + "/properties/method/enum", allowedValues3)) return false;
    }
    const prop_url = obj["url"];
    if (prop_url !== void 0) {
      if (!collectBatchRequestStepId(prop_url, path + "/url", ctx, depth + 1, schemaPath + "/properties/url") && ctx.first) return false;
    }
    const prop_headers = obj["headers"];
    if (prop_headers !== void 0) {
      if (!collectBatchRequestStepHeaders(prop_headers, path + "/headers", ctx, depth + 1, schemaPath + "/properties/headers") && ctx.first) return false;
    }
    const prop_dependsOn = obj["dependsOn"];
    if (prop_dependsOn !== void 0) {
      if (!Array.isArray(prop_dependsOn) && report(ctx, path + "/dependsOn", "type", "must be array", schemaPath + "/properties/dependsOn/type", "array")) return false;
      if (Array.isArray(prop_dependsOn)) {
        for (let i = 0; i < prop_dependsOn.length; i++) {
          const item = prop_dependsOn[i];
          if (!collectBatchRequestStepId(item, path + "/dependsOn/" + i, ctx, depth + 1, schemaPath + "/properties/dependsOn/items") && ctx.first) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkBatchResponse(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "responses")) return false;
  const prop_responses = obj["responses"];
  if (prop_responses !== void 0) {
    if (!Array.isArray(prop_responses)) return false;
    if (prop_responses.length > 20) return false;
    for (let i = 0; i < prop_responses.length; i++) {
      const item = prop_responses[i];
      if (!checkBatchResponseStep(item, depth + 1)) return false;
    }
  }
  const prop__odata_nextLink = obj["@odata.nextLink"];
  if (prop__odata_nextLink !== void 0) {
    if (!(typeof prop__odata_nextLink === "string")) return false;
    if (!formatUri(prop__odata_nextLink)) return false;
  }
  return true;
}
function collectBatchResponse(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/batchResponse";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "responses") && report(ctx, path + "/responses", "required", "must have required property 'responses'", schemaPath + "/required", "responses")) return false;
    const prop_responses = obj["responses"];
    if (prop_responses !== void 0) {
      if (!Array.isArray(prop_responses) && report(ctx, path + "/responses", "type", "must be array", schemaPath + "/properties/responses/type", "array")) return false;
      if (Array.isArray(prop_responses)) {
        if (prop_responses.length > 20 && report(ctx, path + "/responses", "maxItems", "must NOT have more than 20 items", schemaPath + "/properties/responses/maxItems", 20)) return false;
        for (let i = 0; i < prop_responses.length; i++) {
          const item = prop_responses[i];
          if (!collectBatchResponseStep(item, path + "/responses/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
    const prop__odata_nextLink = obj["@odata.nextLink"];
    if (prop__odata_nextLink !== void 0) {
      if (!collectUriString(prop__odata_nextLink, path + "/@odata.nextLink", ctx, depth + 1, schemaPath + "/properties/@odata.nextLink") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkBatchResponseStep(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "id")) return false;
  if (!hasOwn.call(obj, "status")) return false;
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  const prop_status = obj["status"];
  if (prop_status !== void 0) {
    if (!(typeof prop_status === "number" && Number.isInteger(prop_status))) return false;
    if (prop_status < 100) return false;
    if (prop_status > 599) return false;
  }
  const prop_headers = obj["headers"];
  if (prop_headers !== void 0) {
    if (!(typeof prop_headers === "object" && prop_headers !== null && !Array.isArray(prop_headers))) return false;
    const obj2 = prop_headers;
    for (const key of Object.keys(obj2)) {
      const value = obj2[key];
      if (!(typeof value === "string")) return false;
    }
  }
  return true;
}
function collectBatchResponseStep(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/batchResponseStep";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "id") && report(ctx, path + "/id", "required", "must have required property 'id'", schemaPath + "/required", "id")) return false;
    if (!hasOwn.call(obj, "status") && report(ctx, path + "/status", "required", "must have required property 'status'", schemaPath + "/required", "status")) return false;
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!(typeof prop_id === "string") && report(ctx, path + "/id", "type", "must be string", schemaPath + "/properties/id/type", "string")) return false;
    }
    const prop_status = obj["status"];
    if (prop_status !== void 0) {
      if (!(typeof prop_status === "number" && Number.isInteger(prop_status)) && report(ctx, path + "/status", "type", "must be integer", schemaPath + "/properties/status/type", "integer")) return false;
      if (typeof prop_status === "number") {
        if (prop_status < 100 && report(ctx, path + "/status", "minimum", "must be >= 100", schemaPath + "/properties/status/minimum", 100)) return false;
        if (prop_status > 599 && report(ctx, path + "/status", "maximum", "must be <= 599", schemaPath + "/properties/status/maximum", 599)) return false;
      }
    }
    const prop_headers = obj["headers"];
    if (prop_headers !== void 0) {
      if (!collectBatchRequestStepHeaders(prop_headers, path + "/headers", ctx, depth + 1, schemaPath + "/properties/headers") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkBinaryOperator(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data !== "or" && data !== "and") return false;
  return true;
}
function collectBinaryOperator(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/binaryOperator";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (data !== "or" && data !== "and" && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues4)) return false;
  return ctx.issues.length === start;
}
function checkComplianceSettings(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_eDiscoveryResultTemplates = obj["eDiscoveryResultTemplates"];
  if (prop_eDiscoveryResultTemplates !== void 0) {
    if (!Array.isArray(prop_eDiscoveryResultTemplates)) return false;
    for (let i = 0; i < prop_eDiscoveryResultTemplates.length; i++) {
      const item = prop_eDiscoveryResultTemplates[i];
      if (!checkDisplayTemplate(item, depth + 1)) return false;
    }
  }
  return true;
}
function collectComplianceSettings(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/complianceSettings";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_eDiscoveryResultTemplates = obj["eDiscoveryResultTemplates"];
    if (prop_eDiscoveryResultTemplates !== void 0) {
      if (!Array.isArray(prop_eDiscoveryResultTemplates) && report(ctx, path + "/eDiscoveryResultTemplates", "type", "must be array", schemaPath + "/properties/eDiscoveryResultTemplates/type", "array")) return false;
      if (Array.isArray(prop_eDiscoveryResultTemplates)) {
        for (let i = 0; i < prop_eDiscoveryResultTemplates.length; i++) {
          const item = prop_eDiscoveryResultTemplates[i];
          if (!collectDisplayTemplate(item, path + "/eDiscoveryResultTemplates/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkConfiguration(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern.test(prop__odata_type)) return false;
  }
  const prop_authorizedAppIds = obj["authorizedAppIds"];
  if (prop_authorizedAppIds !== void 0) {
    if (!Array.isArray(prop_authorizedAppIds)) return false;
    for (let i = 0; i < prop_authorizedAppIds.length; i++) {
      const item = prop_authorizedAppIds[i];
      if (!(typeof item === "string")) return false;
      if (!formatUuid(item)) return false;
    }
  }
  const prop_authorizedApps = obj["authorizedApps"];
  if (prop_authorizedApps !== void 0) {
    if (!Array.isArray(prop_authorizedApps)) return false;
    for (let i2 = 0; i2 < prop_authorizedApps.length; i2++) {
      const item2 = prop_authorizedApps[i2];
      if (!(typeof item2 === "string")) return false;
    }
  }
  return true;
}
function collectConfiguration(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/configuration";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?configuration$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?configuration$")) return false;
      }
    }
    const prop_authorizedAppIds = obj["authorizedAppIds"];
    if (prop_authorizedAppIds !== void 0) {
      if (!Array.isArray(prop_authorizedAppIds) && report(ctx, path + "/authorizedAppIds", "type", "must be array", schemaPath + "/properties/authorizedAppIds/type", "array")) return false;
      if (Array.isArray(prop_authorizedAppIds)) {
        for (let i = 0; i < prop_authorizedAppIds.length; i++) {
          const item = prop_authorizedAppIds[i];
          if (!(typeof item === "string") && report(ctx, path + "/authorizedAppIds/" + i, "type", "must be string", schemaPath + "/properties/authorizedAppIds/items/type", "string")) return false;
          if (typeof item === "string") {
            if (!formatUuid(item) && report(ctx, path + "/authorizedAppIds/" + i, "format", 'must match format "uuid"', schemaPath + "/properties/authorizedAppIds/items/format", "uuid")) return false;
          }
        }
      }
    }
    const prop_authorizedApps = obj["authorizedApps"];
    if (prop_authorizedApps !== void 0) {
      if (!Array.isArray(prop_authorizedApps) && report(ctx, path + "/authorizedApps", "type", "must be array", schemaPath + "/properties/authorizedApps/type", "array")) return false;
      if (Array.isArray(prop_authorizedApps)) {
        for (let i2 = 0; i2 < prop_authorizedApps.length; i2++) {
          const item2 = prop_authorizedApps[i2];
          if (!(typeof item2 === "string") && report(ctx, path + "/authorizedApps/" + i2, "type", "must be string", schemaPath + "/properties/authorizedApps/items/type", "string")) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkConnectionId(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data.length > 32 && ucs2length(data) > 32) return false;
  if (data.length < 3 || data.length < 6 && ucs2length(data) < 3) return false;
  if (!pattern2.test(data)) return false;
  if (checkConnectionIdNot(data, depth + 1)) return false;
  if (checkConnectionIdNot2(data, depth + 1)) return false;
  return true;
}
function collectConnectionId(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connectionId";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (typeof data === "string") {
    if (data.length > 32 && ucs2length(data) > 32 && report(ctx, path, "maxLength", "must NOT have more than 32 characters", schemaPath + "/maxLength", 32)) return false;
    if ((data.length < 3 || data.length < 6 && ucs2length(data) < 3) && report(ctx, path, "minLength", "must NOT have fewer than 3 characters", schemaPath + "/minLength", 3)) return false;
    if (!pattern2.test(data) && report(ctx, path, "pattern", 'must match pattern "^[A-Za-z0-9]+$"', schemaPath + "/pattern", "^[A-Za-z0-9]+$")) return false;
  }
  if (checkConnectionIdNot(data, depth + 1) && report(ctx, path, "not", "must NOT be valid", schemaPath + "/allOf/0/not")) return false;
  if (checkConnectionIdNot2(data, depth + 1) && report(ctx, path, "not", "must NOT be valid", schemaPath + "/allOf/1/not")) return false;
  return ctx.issues.length === start;
}
function checkConnectionOperation(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern3.test(prop__odata_type)) return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  const prop_status = obj["status"];
  if (prop_status !== void 0) {
    if (!checkConnectionOperationStatus(prop_status, depth + 1)) return false;
  }
  const prop_error = obj["error"];
  if (prop_error !== void 0) {
    if (!(checkPublicError(prop_error, depth + 1) || checkConnectionOperationAnyOf1(prop_error, depth + 1))) return false;
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectConnectionOperation(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connectionOperation";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern3.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?connectionOperation$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?connectionOperation$")) return false;
      }
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectString_(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_status = obj["status"];
    if (prop_status !== void 0) {
      if (!collectConnectionOperationStatus(prop_status, path + "/status", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_error = obj["error"];
    if (prop_error !== void 0) {
      if (!collectConnectionOperationError(prop_error, path + "/error", ctx, depth + 1, schemaPath + "/properties/error") && ctx.first) return false;
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkConnectionOperationStatus(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!allowed3.has(data)) return false;
  return true;
}
function collectConnectionOperationStatus(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connectionOperationStatus";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (!allowed3.has(data) && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues5)) return false;
  return ctx.issues.length === start;
}
function checkConnectionQuota(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  const prop_itemsRemaining = obj["itemsRemaining"];
  if (prop_itemsRemaining !== void 0) {
    if (!(typeof prop_itemsRemaining === "number" && Number.isInteger(prop_itemsRemaining))) return false;
    if (!formatInt64(prop_itemsRemaining)) return false;
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectConnectionQuota(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connectionQuota";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectString_(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_itemsRemaining = obj["itemsRemaining"];
    if (prop_itemsRemaining !== void 0) {
      if (!(typeof prop_itemsRemaining === "number" && Number.isInteger(prop_itemsRemaining)) && report(ctx, path + "/itemsRemaining", "type", "must be integer", schemaPath + "/properties/itemsRemaining/type", "integer")) return false;
      if (typeof prop_itemsRemaining === "number") {
        if (!formatInt64(prop_itemsRemaining) && report(ctx, path + "/itemsRemaining", "format", 'must match format "int64"', schemaPath + "/properties/itemsRemaining/format", "int64")) return false;
      }
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkConnectionState(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!allowed4.has(data)) return false;
  return true;
}
function collectConnectionState(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connectionState";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (!allowed4.has(data) && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues6)) return false;
  return ctx.issues.length === start;
}
function checkConnector(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern4.test(prop__odata_type)) return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  const prop_machineName = obj["machineName"];
  if (prop_machineName !== void 0) {
    if (!(typeof prop_machineName === "string")) return false;
  }
  const prop_externalIp = obj["externalIp"];
  if (prop_externalIp !== void 0) {
    if (!(typeof prop_externalIp === "string")) return false;
  }
  const prop_status = obj["status"];
  if (prop_status !== void 0) {
    if (!checkConnectorStatus(prop_status, depth + 1)) return false;
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectConnector(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connector";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern4.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.connector$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.connector$")) return false;
      }
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectString_(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_machineName = obj["machineName"];
    if (prop_machineName !== void 0) {
      if (!(typeof prop_machineName === "string") && report(ctx, path + "/machineName", "type", "must be string", schemaPath + "/properties/machineName/type", "string")) return false;
    }
    const prop_externalIp = obj["externalIp"];
    if (prop_externalIp !== void 0) {
      if (!(typeof prop_externalIp === "string") && report(ctx, path + "/externalIp", "type", "must be string", schemaPath + "/properties/externalIp/type", "string")) return false;
    }
    const prop_status = obj["status"];
    if (prop_status !== void 0) {
      if (!collectConnectorStatus(prop_status, path + "/status", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkConnectorCreate(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "machineName")) return false;
  if (!hasOwn.call(obj, "externalIp")) return false;
  if (!hasOwn.call(obj, "status")) return false;
  if (!checkConnector(data, depth + 1)) return false;
  return true;
}
function collectConnectorCreate(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connectorCreate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "machineName") && report(ctx, path + "/machineName", "required", "must have required property 'machineName'", schemaPath + "/required", "machineName")) return false;
    if (!hasOwn.call(obj, "externalIp") && report(ctx, path + "/externalIp", "required", "must have required property 'externalIp'", schemaPath + "/required", "externalIp")) return false;
    if (!hasOwn.call(obj, "status") && report(ctx, path + "/status", "required", "must have required property 'status'", schemaPath + "/required", "status")) return false;
  }
  if (!collectConnector(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkConnectorStatus(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data !== "active" && data !== "inactive") return false;
  return true;
}
function collectConnectorStatus(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connectorStatus";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (data !== "active" && data !== "inactive" && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues7)) return false;
  return ctx.issues.length === start;
}
function checkContentCategory(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!allowed5.has(data)) return false;
  return true;
}
function collectContentCategory(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/contentCategory";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (!allowed5.has(data) && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues8)) return false;
  return ctx.issues.length === start;
}
function checkContentExperienceType(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data !== "search" && data !== "compliance" && data !== "unknownFutureValue") return false;
  return true;
}
function collectContentExperienceType(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/contentExperienceType";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (data !== "search" && data !== "compliance" && data !== "unknownFutureValue" && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues9)) return false;
  return ctx.issues.length === start;
}
function checkDisplayTemplate(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
    if (prop_id.length > 16 && ucs2length(prop_id) > 16) return false;
    if (prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) return false;
    if (!pattern2.test(prop_id)) return false;
  }
  const prop_layout = obj["layout"];
  if (prop_layout !== void 0) {
    if (!(typeof prop_layout === "object" && prop_layout !== null && !Array.isArray(prop_layout))) return false;
    const obj2 = prop_layout;
  }
  const prop_priority = obj["priority"];
  if (prop_priority !== void 0) {
    if (!(typeof prop_priority === "number" && Number.isInteger(prop_priority))) return false;
    if (prop_priority < 1) return false;
    if (!formatInt32(prop_priority)) return false;
  }
  const prop_rules = obj["rules"];
  if (prop_rules !== void 0) {
    if (!Array.isArray(prop_rules)) return false;
    for (let i = 0; i < prop_rules.length; i++) {
      const item = prop_rules[i];
      if (!checkPropertyRule(item, depth + 1)) return false;
    }
  }
  return true;
}
function collectDisplayTemplate(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/displayTemplate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!(typeof prop_id === "string") && report(ctx, path + "/id", "type", "must be string", schemaPath + "/properties/id/type", "string")) return false;
      if (typeof prop_id === "string") {
        if (prop_id.length > 16 && ucs2length(prop_id) > 16 && report(ctx, path + "/id", "maxLength", "must NOT have more than 16 characters", schemaPath + "/properties/id/maxLength", 16)) return false;
        if ((prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) && report(ctx, path + "/id", "minLength", "must NOT have fewer than 1 characters", schemaPath + "/properties/id/minLength", 1)) return false;
        if (!pattern2.test(prop_id) && report(ctx, path + "/id", "pattern", 'must match pattern "^[A-Za-z0-9]+$"', schemaPath + "/properties/id/pattern", "^[A-Za-z0-9]+$")) return false;
      }
    }
    const prop_layout = obj["layout"];
    if (prop_layout !== void 0) {
      if (!(typeof prop_layout === "object" && prop_layout !== null && !Array.isArray(prop_layout)) && report(ctx, path + "/layout", "type", "must be object", schemaPath + "/properties/layout/type", "object")) return false;
      if (typeof prop_layout === "object" && prop_layout !== null && !Array.isArray(prop_layout)) {
        const obj2 = prop_layout;
      }
    }
    const prop_priority = obj["priority"];
    if (prop_priority !== void 0) {
      if (!(typeof prop_priority === "number" && Number.isInteger(prop_priority)) && report(ctx, path + "/priority", "type", "must be integer", schemaPath + "/properties/priority/type", "integer")) return false;
      if (typeof prop_priority === "number") {
        if (prop_priority < 1 && report(ctx, path + "/priority", "minimum", "must be >= 1", schemaPath + "/properties/priority/minimum", 1)) return false;
        if (!formatInt32(prop_priority) && report(ctx, path + "/priority", "format", 'must match format "int32"', schemaPath + "/properties/priority/format", "int32")) return false;
      }
    }
    const prop_rules = obj["rules"];
    if (prop_rules !== void 0) {
      if (!Array.isArray(prop_rules) && report(ctx, path + "/rules", "type", "must be array", schemaPath + "/properties/rules/type", "array")) return false;
      if (Array.isArray(prop_rules)) {
        for (let i = 0; i < prop_rules.length; i++) {
          const item = prop_rules[i];
          if (!collectPropertyRule(item, path + "/rules/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkEntity(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_context = obj["@odata.context"];
  if (prop__odata_context !== void 0) {
    if (!(typeof prop__odata_context === "string")) return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  return true;
}
function collectEntity(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/entity";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_context = obj["@odata.context"];
    if (prop__odata_context !== void 0) {
      if (!collectString_(prop__odata_context, path + "/@odata.context", ctx, depth + 1, schemaPath + "/properties/@odata.context") && ctx.first) return false;
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!(typeof prop_id === "string") && report(ctx, path + "/id", "type", "must be string", schemaPath + "/properties/id/type", "string")) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkErrorDetails(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "code")) return false;
  if (!hasOwn.call(obj, "message")) return false;
  const prop_code = obj["code"];
  if (prop_code !== void 0) {
    if (!(typeof prop_code === "string")) return false;
  }
  const prop_message = obj["message"];
  if (prop_message !== void 0) {
    if (!(typeof prop_message === "string")) return false;
  }
  const prop_target = obj["target"];
  if (prop_target !== void 0) {
    if (!(typeof prop_target === "string")) return false;
  }
  return true;
}
function collectErrorDetails(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/errorDetails";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "code") && report(ctx, path + "/code", "required", "must have required property 'code'", schemaPath + "/required", "code")) return false;
    if (!hasOwn.call(obj, "message") && report(ctx, path + "/message", "required", "must have required property 'message'", schemaPath + "/required", "message")) return false;
    const prop_code = obj["code"];
    if (prop_code !== void 0) {
      if (!(typeof prop_code === "string") && report(ctx, path + "/code", "type", "must be string", schemaPath + "/properties/code/type", "string")) return false;
    }
    const prop_message = obj["message"];
    if (prop_message !== void 0) {
      if (!(typeof prop_message === "string") && report(ctx, path + "/message", "type", "must be string", schemaPath + "/properties/message/type", "string")) return false;
    }
    const prop_target = obj["target"];
    if (prop_target !== void 0) {
      if (!(typeof prop_target === "string") && report(ctx, path + "/target", "type", "must be string", schemaPath + "/properties/target/type", "string")) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkExternalActivity(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "type")) return false;
  if (!hasOwn.call(obj, "startDateTime")) return false;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern5.test(prop__odata_type)) return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  const prop_type = obj["type"];
  if (prop_type !== void 0) {
    if (!checkExternalActivityType(prop_type, depth + 1)) return false;
  }
  const prop_startDateTime = obj["startDateTime"];
  if (prop_startDateTime !== void 0) {
    if (!(typeof prop_startDateTime === "string")) return false;
    if (!formatDateTime(prop_startDateTime)) return false;
  }
  const prop_performedBy = obj["performedBy"];
  if (prop_performedBy !== void 0) {
    if (!checkIdentity(prop_performedBy, depth + 1)) return false;
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectExternalActivity(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalActivity";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "type") && report(ctx, path + "/type", "required", "must have required property 'type'", schemaPath + "/required", "type")) return false;
    if (!hasOwn.call(obj, "startDateTime") && report(ctx, path + "/startDateTime", "required", "must have required property 'startDateTime'", schemaPath + "/required", "startDateTime")) return false;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern5.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalActivity$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalActivity$")) return false;
      }
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectString_(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_type = obj["type"];
    if (prop_type !== void 0) {
      if (!collectExternalActivityType(prop_type, path + "/type", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_startDateTime = obj["startDateTime"];
    if (prop_startDateTime !== void 0) {
      if (!collectDateTimeString(prop_startDateTime, path + "/startDateTime", ctx, depth + 1, schemaPath + "/properties/startDateTime") && ctx.first) return false;
    }
    const prop_performedBy = obj["performedBy"];
    if (prop_performedBy !== void 0) {
      if (!collectIdentity(prop_performedBy, path + "/performedBy", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkExternalActivityResult(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern6.test(prop__odata_type)) return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  const prop_type = obj["type"];
  if (prop_type !== void 0) {
    if (!checkExternalActivityType(prop_type, depth + 1)) return false;
  }
  const prop_startDateTime = obj["startDateTime"];
  if (prop_startDateTime !== void 0) {
    if (!(typeof prop_startDateTime === "string")) return false;
    if (!formatDateTime(prop_startDateTime)) return false;
  }
  const prop_performedBy = obj["performedBy"];
  if (prop_performedBy !== void 0) {
    if (!checkIdentity(prop_performedBy, depth + 1)) return false;
  }
  const prop_error = obj["error"];
  if (prop_error !== void 0) {
    if (!(checkPublicError(prop_error, depth + 1) || checkConnectionOperationAnyOf1(prop_error, depth + 1))) return false;
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectExternalActivityResult(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalActivityResult";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern6.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalActivityResult$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalActivityResult$")) return false;
      }
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectString_(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_type = obj["type"];
    if (prop_type !== void 0) {
      if (!collectExternalActivityType(prop_type, path + "/type", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_startDateTime = obj["startDateTime"];
    if (prop_startDateTime !== void 0) {
      if (!collectDateTimeString(prop_startDateTime, path + "/startDateTime", ctx, depth + 1, schemaPath + "/properties/startDateTime") && ctx.first) return false;
    }
    const prop_performedBy = obj["performedBy"];
    if (prop_performedBy !== void 0) {
      if (!collectIdentity(prop_performedBy, path + "/performedBy", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_error = obj["error"];
    if (prop_error !== void 0) {
      if (!collectConnectionOperationError(prop_error, path + "/error", ctx, depth + 1, schemaPath + "/properties/error") && ctx.first) return false;
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkExternalActivityType(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!allowed6.has(data)) return false;
  return true;
}
function collectExternalActivityType(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalActivityType";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (!allowed6.has(data) && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues10)) return false;
  return ctx.issues.length === start;
}
function checkExternalConnection(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern7.test(prop__odata_type)) return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!checkConnectionId(prop_id, depth + 1)) return false;
  }
  const prop_name = obj["name"];
  if (prop_name !== void 0) {
    if (!(typeof prop_name === "string")) return false;
    if (prop_name.length > 128 && ucs2length(prop_name) > 128) return false;
  }
  const prop_description = obj["description"];
  if (prop_description !== void 0) {
    if (!(typeof prop_description === "string")) return false;
  }
  const prop_state = obj["state"];
  if (prop_state !== void 0) {
    if (!checkConnectionState(prop_state, depth + 1)) return false;
  }
  const prop_configuration = obj["configuration"];
  if (prop_configuration !== void 0) {
    if (!checkConfiguration(prop_configuration, depth + 1)) return false;
  }
  const prop_activitySettings = obj["activitySettings"];
  if (prop_activitySettings !== void 0) {
    if (!checkActivitySettings(prop_activitySettings, depth + 1)) return false;
  }
  const prop_searchSettings = obj["searchSettings"];
  if (prop_searchSettings !== void 0) {
    if (!checkSearchSettings(prop_searchSettings, depth + 1)) return false;
  }
  const prop_connectorId = obj["connectorId"];
  if (prop_connectorId !== void 0) {
    if (!(typeof prop_connectorId === "string")) return false;
  }
  const prop_contentCategory = obj["contentCategory"];
  if (prop_contentCategory !== void 0) {
    if (!checkContentCategory(prop_contentCategory, depth + 1)) return false;
  }
  const prop_complianceSettings = obj["complianceSettings"];
  if (prop_complianceSettings !== void 0) {
    if (!checkComplianceSettings(prop_complianceSettings, depth + 1)) return false;
  }
  const prop_enabledContentExperiences = obj["enabledContentExperiences"];
  if (prop_enabledContentExperiences !== void 0) {
    if (!checkExternalConnectionEnabledContentExperiences(prop_enabledContentExperiences, depth + 1)) return false;
  }
  const prop_ingestedItemsCount = obj["ingestedItemsCount"];
  if (prop_ingestedItemsCount !== void 0) {
    if (!(typeof prop_ingestedItemsCount === "number" && Number.isInteger(prop_ingestedItemsCount) || prop_ingestedItemsCount === null)) return false;
    if (typeof prop_ingestedItemsCount === "number") {
      if (prop_ingestedItemsCount < 0) return false;
      if (!formatInt64(prop_ingestedItemsCount)) return false;
    }
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectExternalConnection(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalConnection";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!collectExternalConnectionOdataType(prop__odata_type, path + "/@odata.type", ctx, depth + 1, schemaPath + "/properties/@odata.type") && ctx.first) return false;
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectConnectionId(prop_id, path + "/id", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_name = obj["name"];
    if (prop_name !== void 0) {
      if (!collectExternalConnectionName(prop_name, path + "/name", ctx, depth + 1, schemaPath + "/properties/name") && ctx.first) return false;
    }
    const prop_description = obj["description"];
    if (prop_description !== void 0) {
      if (!(typeof prop_description === "string") && report(ctx, path + "/description", "type", "must be string", schemaPath + "/properties/description/type", "string")) return false;
    }
    const prop_state = obj["state"];
    if (prop_state !== void 0) {
      if (!collectConnectionState(prop_state, path + "/state", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_configuration = obj["configuration"];
    if (prop_configuration !== void 0) {
      if (!collectConfiguration(prop_configuration, path + "/configuration", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_activitySettings = obj["activitySettings"];
    if (prop_activitySettings !== void 0) {
      if (!collectActivitySettings(prop_activitySettings, path + "/activitySettings", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_searchSettings = obj["searchSettings"];
    if (prop_searchSettings !== void 0) {
      if (!collectSearchSettings(prop_searchSettings, path + "/searchSettings", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_connectorId = obj["connectorId"];
    if (prop_connectorId !== void 0) {
      if (!(typeof prop_connectorId === "string") && report(ctx, path + "/connectorId", "type", "must be string", schemaPath + "/properties/connectorId/type", "string")) return false;
    }
    const prop_contentCategory = obj["contentCategory"];
    if (prop_contentCategory !== void 0) {
      if (!collectContentCategory(prop_contentCategory, path + "/contentCategory", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_complianceSettings = obj["complianceSettings"];
    if (prop_complianceSettings !== void 0) {
      if (!collectExternalConnectionComplianceSettings(prop_complianceSettings, path + "/complianceSettings", ctx, depth + 1, schemaPath + "/properties/complianceSettings") && ctx.first) return false;
    }
    const prop_enabledContentExperiences = obj["enabledContentExperiences"];
    if (prop_enabledContentExperiences !== void 0) {
      if (!collectExternalConnectionEnabledContentExperiences(prop_enabledContentExperiences, path + "/enabledContentExperiences", ctx, depth + 1, schemaPath + "/properties/enabledContentExperiences") && ctx.first) return false;
    }
    const prop_ingestedItemsCount = obj["ingestedItemsCount"];
    if (prop_ingestedItemsCount !== void 0) {
      if (!(typeof prop_ingestedItemsCount === "number" && Number.isInteger(prop_ingestedItemsCount) || prop_ingestedItemsCount === null) && report(ctx, path + "/ingestedItemsCount", "type", "must be integer,null", schemaPath + "/properties/ingestedItemsCount/type", ["integer", "null"])) return false;
      if (typeof prop_ingestedItemsCount === "number") {
        if (prop_ingestedItemsCount < 0 && report(ctx, path + "/ingestedItemsCount", "minimum", "must be >= 0", schemaPath + "/properties/ingestedItemsCount/minimum", 0)) return false;
        if (!formatInt64(prop_ingestedItemsCount) && report(ctx, path + "/ingestedItemsCount", "format", 'must match format "int64"', schemaPath + "/properties/ingestedItemsCount/format", "int64")) return false;
      }
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkExternalConnectionCollectionResponse(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "value")) return false;
  const prop__odata_context = obj["@odata.context"];
  if (prop__odata_context !== void 0) {
    if (!(typeof prop__odata_context === "string")) return false;
  }
  const prop__odata_nextLink = obj["@odata.nextLink"];
  if (prop__odata_nextLink !== void 0) {
    if (!(typeof prop__odata_nextLink === "string")) return false;
    if (!formatUri(prop__odata_nextLink)) return false;
  }
  const prop_value = obj["value"];
  if (prop_value !== void 0) {
    if (!Array.isArray(prop_value)) return false;
    for (let i = 0; i < prop_value.length; i++) {
      const item = prop_value[i];
      if (!checkExternalConnection(item, depth + 1)) return false;
    }
  }
  return true;
}
function collectExternalConnectionCollectionResponse(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalConnectionCollectionResponse";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "value") && report(ctx, path + "/value", "required", "must have required property 'value'", schemaPath + "/required", "value")) return false;
    const prop__odata_context = obj["@odata.context"];
    if (prop__odata_context !== void 0) {
      if (!(typeof prop__odata_context === "string") && report(ctx, path + "/@odata.context", "type", "must be string", schemaPath + "/properties/@odata.context/type", "string")) return false;
    }
    const prop__odata_nextLink = obj["@odata.nextLink"];
    if (prop__odata_nextLink !== void 0) {
      if (!collectUriString(prop__odata_nextLink, path + "/@odata.nextLink", ctx, depth + 1, schemaPath + "/properties/@odata.nextLink") && ctx.first) return false;
    }
    const prop_value = obj["value"];
    if (prop_value !== void 0) {
      if (!Array.isArray(prop_value) && report(ctx, path + "/value", "type", "must be array", schemaPath + "/properties/value/type", "array")) return false;
      if (Array.isArray(prop_value)) {
        for (let i = 0; i < prop_value.length; i++) {
          const item = prop_value[i];
          if (!collectExternalConnection(item, path + "/value/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkExternalConnectionCreate(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "id")) return false;
  if (!hasOwn.call(obj, "name")) return false;
  if (!hasOwn.call(obj, "description")) return false;
  if (!checkExternalConnection(data, depth + 1)) return false;
  return true;
}
function collectExternalConnectionCreate(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalConnectionCreate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "id") && report(ctx, path + "/id", "required", "must have required property 'id'", schemaPath + "/required", "id")) return false;
    if (!hasOwn.call(obj, "name") && report(ctx, path + "/name", "required", "must have required property 'name'", schemaPath + "/required", "name")) return false;
    if (!hasOwn.call(obj, "description") && report(ctx, path + "/description", "required", "must have required property 'description'", schemaPath + "/required", "description")) return false;
  }
  if (!collectExternalConnection(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkExternalConnectionUpdate(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (Object.keys(obj).length < 1) return false;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern7.test(prop__odata_type)) return false;
  }
  const prop_name = obj["name"];
  if (prop_name !== void 0) {
    if (!(typeof prop_name === "string")) return false;
    if (prop_name.length > 128 && ucs2length(prop_name) > 128) return false;
  }
  const prop_description = obj["description"];
  if (prop_description !== void 0) {
    if (!(typeof prop_description === "string")) return false;
  }
  const prop_configuration = obj["configuration"];
  if (prop_configuration !== void 0) {
    if (!checkConfiguration(prop_configuration, depth + 1)) return false;
  }
  const prop_activitySettings = obj["activitySettings"];
  if (prop_activitySettings !== void 0) {
    if (!checkActivitySettings(prop_activitySettings, depth + 1)) return false;
  }
  const prop_searchSettings = obj["searchSettings"];
  if (prop_searchSettings !== void 0) {
    if (!checkSearchSettings(prop_searchSettings, depth + 1)) return false;
  }
  const prop_connectorId = obj["connectorId"];
  if (prop_connectorId !== void 0) {
    if (!(typeof prop_connectorId === "string")) return false;
  }
  const prop_contentCategory = obj["contentCategory"];
  if (prop_contentCategory !== void 0) {
    if (!checkContentCategory(prop_contentCategory, depth + 1)) return false;
  }
  const prop_complianceSettings = obj["complianceSettings"];
  if (prop_complianceSettings !== void 0) {
    if (!checkComplianceSettings(prop_complianceSettings, depth + 1)) return false;
  }
  const prop_enabledContentExperiences = obj["enabledContentExperiences"];
  if (prop_enabledContentExperiences !== void 0) {
    if (!checkExternalConnectionEnabledContentExperiences(prop_enabledContentExperiences, depth + 1)) return false;
  }
  return true;
}
function collectExternalConnectionUpdate(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalConnectionUpdate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (Object.keys(obj).length < 1 && report(ctx, path, "minProperties", "must NOT have fewer than 1 properties", schemaPath + "/minProperties", 1)) return false;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!collectExternalConnectionOdataType(prop__odata_type, path + "/@odata.type", ctx, depth + 1, schemaPath + "/properties/@odata.type") && ctx.first) return false;
    }
    const prop_name = obj["name"];
    if (prop_name !== void 0) {
      if (!collectExternalConnectionName(prop_name, path + "/name", ctx, depth + 1, schemaPath + "/properties/name") && ctx.first) return false;
    }
    const prop_description = obj["description"];
    if (prop_description !== void 0) {
      if (!(typeof prop_description === "string") && report(ctx, path + "/description", "type", "must be string", schemaPath + "/properties/description/type", "string")) return false;
    }
    const prop_configuration = obj["configuration"];
    if (prop_configuration !== void 0) {
      if (!collectConfiguration(prop_configuration, path + "/configuration", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_activitySettings = obj["activitySettings"];
    if (prop_activitySettings !== void 0) {
      if (!collectActivitySettings(prop_activitySettings, path + "/activitySettings", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_searchSettings = obj["searchSettings"];
    if (prop_searchSettings !== void 0) {
      if (!collectSearchSettings(prop_searchSettings, path + "/searchSettings", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_connectorId = obj["connectorId"];
    if (prop_connectorId !== void 0) {
      if (!(typeof prop_connectorId === "string") && report(ctx, path + "/connectorId", "type", "must be string", schemaPath + "/properties/connectorId/type", "string")) return false;
    }
    const prop_contentCategory = obj["contentCategory"];
    if (prop_contentCategory !== void 0) {
      if (!collectContentCategory(prop_contentCategory, path + "/contentCategory", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_complianceSettings = obj["complianceSettings"];
    if (prop_complianceSettings !== void 0) {
      if (!collectExternalConnectionComplianceSettings(prop_complianceSettings, path + "/complianceSettings", ctx, depth + 1, schemaPath + "/properties/complianceSettings") && ctx.first) return false;
    }
    const prop_enabledContentExperiences = obj["enabledContentExperiences"];
    if (prop_enabledContentExperiences !== void 0) {
      if (!collectExternalConnectionEnabledContentExperiences(prop_enabledContentExperiences, path + "/enabledContentExperiences", ctx, depth + 1, schemaPath + "/properties/enabledContentExperiences") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkExternalGroup(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
    if (prop_id.length > 128 && ucs2length(prop_id) > 128) return false;
    if (prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) return false;
  }
  const prop_displayName = obj["displayName"];
  if (prop_displayName !== void 0) {
    if (!(typeof prop_displayName === "string")) return false;
  }
  const prop_description = obj["description"];
  if (prop_description !== void 0) {
    if (!(typeof prop_description === "string")) return false;
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectExternalGroup(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalGroup";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!(typeof prop_id === "string") && report(ctx, path + "/id", "type", "must be string", schemaPath + "/properties/id/type", "string")) return false;
      if (typeof prop_id === "string") {
        if (prop_id.length > 128 && ucs2length(prop_id) > 128 && report(ctx, path + "/id", "maxLength", "must NOT have more than 128 characters", schemaPath + "/properties/id/maxLength", 128)) return false;
        if ((prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) && report(ctx, path + "/id", "minLength", "must NOT have fewer than 1 characters", schemaPath + "/properties/id/minLength", 1)) return false;
      }
    }
    const prop_displayName = obj["displayName"];
    if (prop_displayName !== void 0) {
      if (!(typeof prop_displayName === "string") && report(ctx, path + "/displayName", "type", "must be string", schemaPath + "/properties/displayName/type", "string")) return false;
    }
    const prop_description = obj["description"];
    if (prop_description !== void 0) {
      if (!(typeof prop_description === "string") && report(ctx, path + "/description", "type", "must be string", schemaPath + "/properties/description/type", "string")) return false;
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkExternalGroupCreate(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "id")) return false;
  if (!checkExternalGroup(data, depth + 1)) return false;
  return true;
}
function collectExternalGroupCreate(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalGroupCreate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "id") && report(ctx, path + "/id", "required", "must have required property 'id'", schemaPath + "/required", "id")) return false;
  }
  if (!collectExternalGroup(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkExternalGroupUpdate(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (Object.keys(obj).length < 1) return false;
  const prop_displayName = obj["displayName"];
  if (prop_displayName !== void 0) {
    if (!(typeof prop_displayName === "string")) return false;
  }
  const prop_description = obj["description"];
  if (prop_description !== void 0) {
    if (!(typeof prop_description === "string")) return false;
  }
  return true;
}
function collectExternalGroupUpdate(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalGroupUpdate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (Object.keys(obj).length < 1 && report(ctx, path, "minProperties", "must NOT have fewer than 1 properties", schemaPath + "/minProperties", 1)) return false;
    const prop_displayName = obj["displayName"];
    if (prop_displayName !== void 0) {
      if (!(typeof prop_displayName === "string") && report(ctx, path + "/displayName", "type", "must be string", schemaPath + "/properties/displayName/type", "string")) return false;
    }
    const prop_description = obj["description"];
    if (prop_description !== void 0) {
      if (!(typeof prop_description === "string") && report(ctx, path + "/description", "type", "must be string", schemaPath + "/properties/description/type", "string")) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkExternalItem(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "acl")) return false;
  if (!hasOwn.call(obj, "properties")) return false;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern8.test(prop__odata_type)) return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
    if (prop_id.length > 128 && ucs2length(prop_id) > 128) return false;
    if (prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) return false;
  }
  const prop_acl = obj["acl"];
  if (prop_acl !== void 0) {
    if (!Array.isArray(prop_acl)) return false;
    for (let i = 0; i < prop_acl.length; i++) {
      const item = prop_acl[i];
      if (!checkAcl(item, depth + 1)) return false;
    }
  }
  const prop_properties = obj["properties"];
  if (prop_properties !== void 0) {
    if (!checkProperties(prop_properties, depth + 1)) return false;
  }
  const prop_content = obj["content"];
  if (prop_content !== void 0) {
    if (!checkExternalItemContent(prop_content, depth + 1)) return false;
  }
  const prop_informationProtectionLabel = obj["informationProtectionLabel"];
  if (prop_informationProtectionLabel !== void 0) {
    if (!checkInformationProtectionLabel(prop_informationProtectionLabel, depth + 1)) return false;
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectExternalItem(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalItem";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "acl") && report(ctx, path + "/acl", "required", "must have required property 'acl'", schemaPath + "/required", "acl")) return false;
    if (!hasOwn.call(obj, "properties") && report(ctx, path + "/properties", "required", "must have required property 'properties'", schemaPath + "/required", "properties")) return false;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern8.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalItem$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalItem$")) return false;
      }
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!(typeof prop_id === "string") && report(ctx, path + "/id", "type", "must be string", schemaPath + "/properties/id/type", "string")) return false;
      if (typeof prop_id === "string") {
        if (prop_id.length > 128 && ucs2length(prop_id) > 128 && report(ctx, path + "/id", "maxLength", "must NOT have more than 128 characters", schemaPath + "/properties/id/maxLength", 128)) return false;
        if ((prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) && report(ctx, path + "/id", "minLength", "must NOT have fewer than 1 characters", schemaPath + "/properties/id/minLength", 1)) return false;
      }
    }
    const prop_acl = obj["acl"];
    if (prop_acl !== void 0) {
      if (!Array.isArray(prop_acl) && report(ctx, path + "/acl", "type", "must be array", schemaPath + "/properties/acl/type", "array")) return false;
      if (Array.isArray(prop_acl)) {
        for (let i = 0; i < prop_acl.length; i++) {
          const item = prop_acl[i];
          if (!collectAcl(item, path + "/acl/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
    const prop_properties = obj["properties"];
    if (prop_properties !== void 0) {
      if (!collectProperties(prop_properties, path + "/properties", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_content = obj["content"];
    if (prop_content !== void 0) {
      if (!collectExternalItemContent(prop_content, path + "/content", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_informationProtectionLabel = obj["informationProtectionLabel"];
    if (prop_informationProtectionLabel !== void 0) {
      if (!collectInformationProtectionLabel(prop_informationProtectionLabel, path + "/informationProtectionLabel", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkExternalItemContent(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_type = obj["type"];
  if (prop_type !== void 0) {
    if (!checkExternalItemContentType(prop_type, depth + 1)) return false;
  }
  const prop_value = obj["value"];
  if (prop_value !== void 0) {
    if (!(typeof prop_value === "string")) return false;
  }
  return true;
}
function collectExternalItemContent(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalItemContent";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_type = obj["type"];
    if (prop_type !== void 0) {
      if (!collectExternalItemContentType(prop_type, path + "/type", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_value = obj["value"];
    if (prop_value !== void 0) {
      if (!(typeof prop_value === "string") && report(ctx, path + "/value", "type", "must be string", schemaPath + "/properties/value/type", "string")) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkExternalItemContentType(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data !== "text" && data !== "html" && data !== "unknownFutureValue") return false;
  return true;
}
function collectExternalItemContentType(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalItemContentType";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (data !== "text" && data !== "html" && data !== "unknownFutureValue" && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues11)) return false;
  return ctx.issues.length === start;
}
function checkIdentity(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "id")) return false;
  if (!hasOwn.call(obj, "type")) return false;
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
    if (prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) return false;
  }
  const prop_type = obj["type"];
  if (prop_type !== void 0) {
    if (!checkIdentityType(prop_type, depth + 1)) return false;
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectIdentity(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/identity";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "id") && report(ctx, path + "/id", "required", "must have required property 'id'", schemaPath + "/required", "id")) return false;
    if (!hasOwn.call(obj, "type") && report(ctx, path + "/type", "required", "must have required property 'type'", schemaPath + "/required", "type")) return false;
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectBatchRequestStepId(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_type = obj["type"];
    if (prop_type !== void 0) {
      if (!collectIdentityType(prop_type, path + "/type", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkIdentitySourceType(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data !== "azureActiveDirectory" && data !== "external") return false;
  return true;
}
function collectIdentitySourceType(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/identitySourceType";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (data !== "azureActiveDirectory" && data !== "external" && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues12)) return false;
  return ctx.issues.length === start;
}
function checkIdentityType(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data !== "user" && data !== "group" && data !== "externalGroup" && data !== "unknownFutureValue") return false;
  return true;
}
function collectIdentityType(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/identityType";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (data !== "user" && data !== "group" && data !== "externalGroup" && data !== "unknownFutureValue" && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues13)) return false;
  return ctx.issues.length === start;
}
function checkImportanceScore(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!allowed7.has(data)) return false;
  return true;
}
function collectImportanceScore(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/importanceScore";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (!allowed7.has(data) && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues14)) return false;
  return ctx.issues.length === start;
}
function checkInformationProtectionLabel(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern9.test(prop__odata_type)) return false;
  }
  const prop_sensitivityLabelId = obj["sensitivityLabelId"];
  if (prop_sensitivityLabelId !== void 0) {
    if (!(typeof prop_sensitivityLabelId === "string")) return false;
  }
  return true;
}
function collectInformationProtectionLabel(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/informationProtectionLabel";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern9.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?informationProtectionLabel$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?informationProtectionLabel$")) return false;
      }
    }
    const prop_sensitivityLabelId = obj["sensitivityLabelId"];
    if (prop_sensitivityLabelId !== void 0) {
      if (!(typeof prop_sensitivityLabelId === "string") && report(ctx, path + "/sensitivityLabelId", "type", "must be string", schemaPath + "/properties/sensitivityLabelId/type", "string")) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkInnerError(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_request_id = obj["request-id"];
  if (prop_request_id !== void 0) {
    if (!(typeof prop_request_id === "string")) return false;
  }
  const prop_client_request_id = obj["client-request-id"];
  if (prop_client_request_id !== void 0) {
    if (!(typeof prop_client_request_id === "string")) return false;
  }
  const prop_date = obj["date"];
  if (prop_date !== void 0) {
    if (!(typeof prop_date === "string")) return false;
    if (!formatDateTime(prop_date)) return false;
  }
  return true;
}
function collectInnerError(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/innerError";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_request_id = obj["request-id"];
    if (prop_request_id !== void 0) {
      if (!(typeof prop_request_id === "string") && report(ctx, path + "/request-id", "type", "must be string", schemaPath + "/properties/request-id/type", "string")) return false;
    }
    const prop_client_request_id = obj["client-request-id"];
    if (prop_client_request_id !== void 0) {
      if (!(typeof prop_client_request_id === "string") && report(ctx, path + "/client-request-id", "type", "must be string", schemaPath + "/properties/client-request-id/type", "string")) return false;
    }
    const prop_date = obj["date"];
    if (prop_date !== void 0) {
      if (!collectDateTimeString(prop_date, path + "/date", ctx, depth + 1, schemaPath + "/properties/date") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkItemIdResolver(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "@odata.type")) return false;
  if (!hasOwn.call(obj, "itemId")) return false;
  if (!hasOwn.call(obj, "urlMatchInfo")) return false;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern10.test(prop__odata_type)) return false;
  }
  const prop_priority = obj["priority"];
  if (prop_priority !== void 0) {
    if (!(typeof prop_priority === "number" && Number.isInteger(prop_priority))) return false;
    if (!formatInt32(prop_priority)) return false;
  }
  const prop_itemId = obj["itemId"];
  if (prop_itemId !== void 0) {
    if (!(typeof prop_itemId === "string")) return false;
  }
  const prop_urlMatchInfo = obj["urlMatchInfo"];
  if (prop_urlMatchInfo !== void 0) {
    if (!checkUrlMatchInfo(prop_urlMatchInfo, depth + 1)) return false;
  }
  if (!checkUrlToItemResolverBase(data, depth + 1)) return false;
  return true;
}
function collectItemIdResolver(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/itemIdResolver";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "@odata.type") && report(ctx, path + "/@odata.type", "required", "must have required property '@odata.type'", schemaPath + "/required", "@odata.type")) return false;
    if (!hasOwn.call(obj, "itemId") && report(ctx, path + "/itemId", "required", "must have required property 'itemId'", schemaPath + "/required", "itemId")) return false;
    if (!hasOwn.call(obj, "urlMatchInfo") && report(ctx, path + "/urlMatchInfo", "required", "must have required property 'urlMatchInfo'", schemaPath + "/required", "urlMatchInfo")) return false;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern10.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?itemIdResolver$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?itemIdResolver$")) return false;
      }
    }
    const prop_priority = obj["priority"];
    if (prop_priority !== void 0) {
      if (!collectInt32Integer(prop_priority, path + "/priority", ctx, depth + 1, schemaPath + "/properties/priority") && ctx.first) return false;
    }
    const prop_itemId = obj["itemId"];
    if (prop_itemId !== void 0) {
      if (!(typeof prop_itemId === "string") && report(ctx, path + "/itemId", "type", "must be string", schemaPath + "/properties/itemId/type", "string")) return false;
    }
    const prop_urlMatchInfo = obj["urlMatchInfo"];
    if (prop_urlMatchInfo !== void 0) {
      if (!collectUrlMatchInfo(prop_urlMatchInfo, path + "/urlMatchInfo", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectUrlToItemResolverBase(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkLabel(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!allowed8.has(data)) return false;
  return true;
}
function collectLabel(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/label";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (!allowed8.has(data) && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues15)) return false;
  return ctx.issues.length === start;
}
function checkLegacyExternalConnection(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern7.test(prop__odata_type)) return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  const prop_name = obj["name"];
  if (prop_name !== void 0) {
    if (!(typeof prop_name === "string")) return false;
    if (prop_name.length > 128 && ucs2length(prop_name) > 128) return false;
  }
  const prop_description = obj["description"];
  if (prop_description !== void 0) {
    if (!(typeof prop_description === "string")) return false;
  }
  const prop_configuration = obj["configuration"];
  if (prop_configuration !== void 0) {
    if (!checkConfiguration(prop_configuration, depth + 1)) return false;
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectLegacyExternalConnection(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/legacyExternalConnection";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!collectExternalConnectionOdataType(prop__odata_type, path + "/@odata.type", ctx, depth + 1, schemaPath + "/properties/@odata.type") && ctx.first) return false;
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!(typeof prop_id === "string") && report(ctx, path + "/id", "type", "must be string", schemaPath + "/properties/id/type", "string")) return false;
    }
    const prop_name = obj["name"];
    if (prop_name !== void 0) {
      if (!collectExternalConnectionName(prop_name, path + "/name", ctx, depth + 1, schemaPath + "/properties/name") && ctx.first) return false;
    }
    const prop_description = obj["description"];
    if (prop_description !== void 0) {
      if (!(typeof prop_description === "string") && report(ctx, path + "/description", "type", "must be string", schemaPath + "/properties/description/type", "string")) return false;
    }
    const prop_configuration = obj["configuration"];
    if (prop_configuration !== void 0) {
      if (!collectConfiguration(prop_configuration, path + "/configuration", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkLegacyExternalConnectionCreate(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "name")) return false;
  if (!hasOwn.call(obj, "description")) return false;
  if (!hasOwn.call(obj, "configuration")) return false;
  if (!checkLegacyExternalConnection(data, depth + 1)) return false;
  return true;
}
function collectLegacyExternalConnectionCreate(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/legacyExternalConnectionCreate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "name") && report(ctx, path + "/name", "required", "must have required property 'name'", schemaPath + "/required", "name")) return false;
    if (!hasOwn.call(obj, "description") && report(ctx, path + "/description", "required", "must have required property 'description'", schemaPath + "/required", "description")) return false;
    if (!hasOwn.call(obj, "configuration") && report(ctx, path + "/configuration", "required", "must have required property 'configuration'", schemaPath + "/required", "configuration")) return false;
  }
  if (!collectLegacyExternalConnection(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkMainError(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "code")) return false;
  if (!hasOwn.call(obj, "message")) return false;
  const prop_code = obj["code"];
  if (prop_code !== void 0) {
    if (!(typeof prop_code === "string")) return false;
  }
  const prop_message = obj["message"];
  if (prop_message !== void 0) {
    if (!(typeof prop_message === "string")) return false;
  }
  const prop_target = obj["target"];
  if (prop_target !== void 0) {
    if (!(typeof prop_target === "string")) return false;
  }
  const prop_details = obj["details"];
  if (prop_details !== void 0) {
    if (!Array.isArray(prop_details)) return false;
    for (let i = 0; i < prop_details.length; i++) {
      const item = prop_details[i];
      if (!checkErrorDetails(item, depth + 1)) return false;
    }
  }
  const prop_innerError = obj["innerError"];
  if (prop_innerError !== void 0) {
    if (!checkInnerError(prop_innerError, depth + 1)) return false;
  }
  return true;
}
function collectMainError(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/mainError";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "code") && report(ctx, path + "/code", "required", "must have required property 'code'", schemaPath + "/required", "code")) return false;
    if (!hasOwn.call(obj, "message") && report(ctx, path + "/message", "required", "must have required property 'message'", schemaPath + "/required", "message")) return false;
    const prop_code = obj["code"];
    if (prop_code !== void 0) {
      if (!(typeof prop_code === "string") && report(ctx, path + "/code", "type", "must be string", schemaPath + "/properties/code/type", "string")) return false;
    }
    const prop_message = obj["message"];
    if (prop_message !== void 0) {
      if (!(typeof prop_message === "string") && report(ctx, path + "/message", "type", "must be string", schemaPath + "/properties/message/type", "string")) return false;
    }
    const prop_target = obj["target"];
    if (prop_target !== void 0) {
      if (!(typeof prop_target === "string") && report(ctx, path + "/target", "type", "must be string", schemaPath + "/properties/target/type", "string")) return false;
    }
    const prop_details = obj["details"];
    if (prop_details !== void 0) {
      if (!Array.isArray(prop_details) && report(ctx, path + "/details", "type", "must be array", schemaPath + "/properties/details/type", "array")) return false;
      if (Array.isArray(prop_details)) {
        for (let i = 0; i < prop_details.length; i++) {
          const item = prop_details[i];
          if (!collectErrorDetails(item, path + "/details/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
    const prop_innerError = obj["innerError"];
    if (prop_innerError !== void 0) {
      if (!collectInnerError(prop_innerError, path + "/innerError", ctx, depth + 1) && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkOdataError(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "error")) return false;
  const prop_error = obj["error"];
  if (prop_error !== void 0) {
    if (!checkMainError(prop_error, depth + 1)) return false;
  }
  return true;
}
function collectOdataError(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/odataError";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "error") && report(ctx, path + "/error", "required", "must have required property 'error'", schemaPath + "/required", "error")) return false;
    const prop_error = obj["error"];
    if (prop_error !== void 0) {
      if (!collectMainError(prop_error, path + "/error", ctx, depth + 1) && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkPrincipal(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_email = obj["email"];
  if (prop_email !== void 0) {
    if (!(typeof prop_email === "string")) return false;
  }
  const prop_entraDisplayName = obj["entraDisplayName"];
  if (prop_entraDisplayName !== void 0) {
    if (!(typeof prop_entraDisplayName === "string")) return false;
  }
  const prop_entraId = obj["entraId"];
  if (prop_entraId !== void 0) {
    if (!(typeof prop_entraId === "string")) return false;
  }
  const prop_externalId = obj["externalId"];
  if (prop_externalId !== void 0) {
    if (!(typeof prop_externalId === "string")) return false;
  }
  const prop_externalName = obj["externalName"];
  if (prop_externalName !== void 0) {
    if (!(typeof prop_externalName === "string")) return false;
  }
  const prop_tenantId = obj["tenantId"];
  if (prop_tenantId !== void 0) {
    if (!(typeof prop_tenantId === "string")) return false;
  }
  const prop_upn = obj["upn"];
  if (prop_upn !== void 0) {
    if (!(typeof prop_upn === "string")) return false;
  }
  return true;
}
function collectPrincipal(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/principal";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_email = obj["email"];
    if (prop_email !== void 0) {
      if (!(typeof prop_email === "string") && report(ctx, path + "/email", "type", "must be string", schemaPath + "/properties/email/type", "string")) return false;
    }
    const prop_entraDisplayName = obj["entraDisplayName"];
    if (prop_entraDisplayName !== void 0) {
      if (!(typeof prop_entraDisplayName === "string") && report(ctx, path + "/entraDisplayName", "type", "must be string", schemaPath + "/properties/entraDisplayName/type", "string")) return false;
    }
    const prop_entraId = obj["entraId"];
    if (prop_entraId !== void 0) {
      if (!(typeof prop_entraId === "string") && report(ctx, path + "/entraId", "type", "must be string", schemaPath + "/properties/entraId/type", "string")) return false;
    }
    const prop_externalId = obj["externalId"];
    if (prop_externalId !== void 0) {
      if (!(typeof prop_externalId === "string") && report(ctx, path + "/externalId", "type", "must be string", schemaPath + "/properties/externalId/type", "string")) return false;
    }
    const prop_externalName = obj["externalName"];
    if (prop_externalName !== void 0) {
      if (!(typeof prop_externalName === "string") && report(ctx, path + "/externalName", "type", "must be string", schemaPath + "/properties/externalName/type", "string")) return false;
    }
    const prop_tenantId = obj["tenantId"];
    if (prop_tenantId !== void 0) {
      if (!(typeof prop_tenantId === "string") && report(ctx, path + "/tenantId", "type", "must be string", schemaPath + "/properties/tenantId/type", "string")) return false;
    }
    const prop_upn = obj["upn"];
    if (prop_upn !== void 0) {
      if (!(typeof prop_upn === "string") && report(ctx, path + "/upn", "type", "must be string", schemaPath + "/properties/upn/type", "string")) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkProperties(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (Object.keys(obj).length < 1) return false;
  for (const key of Object.keys(obj)) {
    let matched = false;
    if (pattern11.test(key)) {
      matched = true;
      const value = obj[key];
      if (!(typeof value === "string")) return false;
    }
    if (!matched) {
      const value2 = obj[key];
      if (!(checkPropertiesAnyOf0(value2, depth + 1) || checkPropertiesAnyOf1(value2, depth + 1) || checkPrincipal(value2, depth + 1))) return false;
    }
  }
  return true;
}
function collectProperties(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/properties";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (Object.keys(obj).length < 1 && report(ctx, path, "minProperties", "must NOT have fewer than 1 properties", schemaPath + "/minProperties", 1)) return false;
    for (const key of Object.keys(obj)) {
      let matched = false;
      if (pattern11.test(key)) {
        matched = true;
        const value = obj[key];
        if (!(typeof value === "string") && report(ctx, path + "/" + escapePointer(key), "type", "must be string", schemaPath + "/patternProperties/@odata\\.type$/type", "string")) return false;
      }
      if (!matched) {
        const value2 = obj[key];
        if (!(checkPropertiesAnyOf0(value2, depth + 1) || checkPropertiesAnyOf1(value2, depth + 1) || checkPrincipal(value2, depth + 1)) && report(ctx, path + "/" + escapePointer(key), "anyOf", "must match a schema in anyOf", schemaPath + "/additionalProperties/anyOf")) return false;
      }
    }
  }
  return ctx.issues.length === start;
}
function checkProperty(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "name")) return false;
  if (!hasOwn.call(obj, "type")) return false;
  const prop_name = obj["name"];
  if (prop_name !== void 0) {
    if (!checkPropertyName(prop_name, depth + 1)) return false;
  }
  const prop_type = obj["type"];
  if (prop_type !== void 0) {
    if (!checkPropertyType(prop_type, depth + 1)) return false;
  }
  const prop_isSearchable = obj["isSearchable"];
  if (prop_isSearchable !== void 0) {
    if (!(typeof prop_isSearchable === "boolean")) return false;
  }
  const prop_isQueryable = obj["isQueryable"];
  if (prop_isQueryable !== void 0) {
    if (!(typeof prop_isQueryable === "boolean")) return false;
  }
  const prop_isRetrievable = obj["isRetrievable"];
  if (prop_isRetrievable !== void 0) {
    if (!(typeof prop_isRetrievable === "boolean")) return false;
  }
  const prop_isRefinable = obj["isRefinable"];
  if (prop_isRefinable !== void 0) {
    if (!(typeof prop_isRefinable === "boolean")) return false;
  }
  const prop_isExactMatchRequired = obj["isExactMatchRequired"];
  if (prop_isExactMatchRequired !== void 0) {
    if (!(typeof prop_isExactMatchRequired === "boolean")) return false;
  }
  const prop_labels = obj["labels"];
  if (prop_labels !== void 0) {
    if (!Array.isArray(prop_labels)) return false;
    if (hasDuplicates(prop_labels)) return false;
    for (let i = 0; i < prop_labels.length; i++) {
      const item = prop_labels[i];
      if (!checkLabel(item, depth + 1)) return false;
    }
  }
  const prop_aliases = obj["aliases"];
  if (prop_aliases !== void 0) {
    if (!Array.isArray(prop_aliases)) return false;
    for (let i2 = 0; i2 < prop_aliases.length; i2++) {
      const item2 = prop_aliases[i2];
      if (!checkPropertyName(item2, depth + 1)) return false;
    }
  }
  const prop_description = obj["description"];
  if (prop_description !== void 0) {
    if (!(typeof prop_description === "string")) return false;
    if (prop_description.length > 200 && ucs2length(prop_description) > 200) return false;
  }
  const prop_rankingHint = obj["rankingHint"];
  if (prop_rankingHint !== void 0) {
    if (!checkRankingHint(prop_rankingHint, depth + 1)) return false;
  }
  if (checkPropertyIf(data, depth + 1)) {
    const obj2 = data;
    const prop_type2 = obj2["type"];
    if (prop_type2 !== void 0) {
      if (prop_type2 !== "string" && prop_type2 !== "stringCollection") return false;
    }
  }
  if (checkPropertyIf2(data, depth + 1)) {
    const obj3 = data;
    const prop_type3 = obj3["type"];
    if (prop_type3 !== void 0) {
      if (prop_type3 !== "string" && prop_type3 !== "stringCollection") return false;
    }
    const prop_isSearchable2 = obj3["isSearchable"];
    if (prop_isSearchable2 !== void 0) {
      if (prop_isSearchable2 !== false) return false;
    }
  }
  if (checkPropertyIf3(data, depth + 1)) {
    const obj4 = data;
    if (!hasOwn.call(obj4, "isRetrievable")) return false;
    const prop_isRetrievable2 = obj4["isRetrievable"];
    if (prop_isRetrievable2 !== void 0) {
      if (prop_isRetrievable2 !== true) return false;
    }
  }
  return true;
}
function collectProperty(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/property";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "name") && report(ctx, path + "/name", "required", "must have required property 'name'", schemaPath + "/required", "name")) return false;
    if (!hasOwn.call(obj, "type") && report(ctx, path + "/type", "required", "must have required property 'type'", schemaPath + "/required", "type")) return false;
    const prop_name = obj["name"];
    if (prop_name !== void 0) {
      if (!collectPropertyName(prop_name, path + "/name", ctx, depth + 1, schemaPath + "/properties/name") && ctx.first) return false;
    }
    const prop_type = obj["type"];
    if (prop_type !== void 0) {
      if (!collectPropertyType(prop_type, path + "/type", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_isSearchable = obj["isSearchable"];
    if (prop_isSearchable !== void 0) {
      if (!(typeof prop_isSearchable === "boolean") && report(ctx, path + "/isSearchable", "type", "must be boolean", schemaPath + "/properties/isSearchable/type", "boolean")) return false;
    }
    const prop_isQueryable = obj["isQueryable"];
    if (prop_isQueryable !== void 0) {
      if (!(typeof prop_isQueryable === "boolean") && report(ctx, path + "/isQueryable", "type", "must be boolean", schemaPath + "/properties/isQueryable/type", "boolean")) return false;
    }
    const prop_isRetrievable = obj["isRetrievable"];
    if (prop_isRetrievable !== void 0) {
      if (!(typeof prop_isRetrievable === "boolean") && report(ctx, path + "/isRetrievable", "type", "must be boolean", schemaPath + "/properties/isRetrievable/type", "boolean")) return false;
    }
    const prop_isRefinable = obj["isRefinable"];
    if (prop_isRefinable !== void 0) {
      if (!(typeof prop_isRefinable === "boolean") && report(ctx, path + "/isRefinable", "type", "must be boolean", schemaPath + "/properties/isRefinable/type", "boolean")) return false;
    }
    const prop_isExactMatchRequired = obj["isExactMatchRequired"];
    if (prop_isExactMatchRequired !== void 0) {
      if (!(typeof prop_isExactMatchRequired === "boolean") && report(ctx, path + "/isExactMatchRequired", "type", "must be boolean", schemaPath + "/properties/isExactMatchRequired/type", "boolean")) return false;
    }
    const prop_labels = obj["labels"];
    if (prop_labels !== void 0) {
      if (!Array.isArray(prop_labels) && report(ctx, path + "/labels", "type", "must be array", schemaPath + "/properties/labels/type", "array")) return false;
      if (Array.isArray(prop_labels)) {
        if (hasDuplicates(prop_labels) && report(ctx, path + "/labels", "uniqueItems", "must NOT have duplicate items", schemaPath + "/properties/labels/uniqueItems")) return false;
        for (let i = 0; i < prop_labels.length; i++) {
          const item = prop_labels[i];
          if (!collectLabel(item, path + "/labels/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
    const prop_aliases = obj["aliases"];
    if (prop_aliases !== void 0) {
      if (!Array.isArray(prop_aliases) && report(ctx, path + "/aliases", "type", "must be array", schemaPath + "/properties/aliases/type", "array")) return false;
      if (Array.isArray(prop_aliases)) {
        for (let i2 = 0; i2 < prop_aliases.length; i2++) {
          const item2 = prop_aliases[i2];
          if (!collectPropertyName(item2, path + "/aliases/" + i2, ctx, depth + 1, schemaPath + "/properties/aliases/items") && ctx.first) return false;
        }
      }
    }
    const prop_description = obj["description"];
    if (prop_description !== void 0) {
      if (!(typeof prop_description === "string") && report(ctx, path + "/description", "type", "must be string", schemaPath + "/properties/description/type", "string")) return false;
      if (typeof prop_description === "string") {
        if (prop_description.length > 200 && ucs2length(prop_description) > 200 && report(ctx, path + "/description", "maxLength", "must NOT have more than 200 characters", schemaPath + "/properties/description/maxLength", 200)) return false;
      }
    }
    const prop_rankingHint = obj["rankingHint"];
    if (prop_rankingHint !== void 0) {
      if (!collectRankingHint(prop_rankingHint, path + "/rankingHint", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (checkPropertyIf(data, depth + 1)) {
    if (typeof data === "object" && data !== null && !Array.isArray(data)) {
      const obj2 = data;
      const prop_type2 = obj2["type"];
      if (prop_type2 !== void 0) {
        if (prop_type2 !== "string" && prop_type2 !== "stringCollection" && report(ctx, path + "/type", "enum", "must be equal to one of the allowed values", schemaPath + "/allOf/0/then/properties/type/enum", allowedValues16)) return false;
      }
    }
  }
  if (checkPropertyIf2(data, depth + 1)) {
    if (typeof data === "object" && data !== null && !Array.isArray(data)) {
      const obj3 = data;
      const prop_type3 = obj3["type"];
      if (prop_type3 !== void 0) {
        if (prop_type3 !== "string" && prop_type3 !== "stringCollection" && report(ctx, path + "/type", "enum", "must be equal to one of the allowed values", schemaPath + "/allOf/1/then/properties/type/enum", allowedValues16)) return false;
      }
      const prop_isSearchable2 = obj3["isSearchable"];
      if (prop_isSearchable2 !== void 0) {
        if (prop_isSearchable2 !== false && report(ctx, path + "/isSearchable", "const", "must be equal to constant", schemaPath + "/allOf/1/then/properties/isSearchable/const", false)) return false;
      }
    }
  }
  if (checkPropertyIf3(data, depth + 1)) {
    if (typeof data === "object" && data !== null && !Array.isArray(data)) {
      const obj4 = data;
      if (!hasOwn.call(obj4, "isRetrievable") && report(ctx, path + "/isRetrievable", "required", "must have required property 'isRetrievable'", schemaPath + "/allOf/2/then/required", "isRetrievable")) return false;
      const prop_isRetrievable2 = obj4["isRetrievable"];
      if (prop_isRetrievable2 !== void 0) {
        if (prop_isRetrievable2 !== true && report(ctx, path + "/isRetrievable", "const", "must be equal to constant", schemaPath + "/allOf/2/then/properties/isRetrievable/const", true)) return false;
      }
    }
  }
  return ctx.issues.length === start;
}
function checkPropertyRule(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_property = obj["property"];
  if (prop_property !== void 0) {
    if (!(typeof prop_property === "string")) return false;
  }
  const prop_operation = obj["operation"];
  if (prop_operation !== void 0) {
    if (!checkRuleOperation(prop_operation, depth + 1)) return false;
  }
  const prop_values = obj["values"];
  if (prop_values !== void 0) {
    if (!Array.isArray(prop_values)) return false;
    for (let i = 0; i < prop_values.length; i++) {
      const item = prop_values[i];
      if (!(typeof item === "string")) return false;
    }
  }
  const prop_valuesJoinedBy = obj["valuesJoinedBy"];
  if (prop_valuesJoinedBy !== void 0) {
    if (!checkBinaryOperator(prop_valuesJoinedBy, depth + 1)) return false;
  }
  return true;
}
function collectPropertyRule(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/propertyRule";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_property = obj["property"];
    if (prop_property !== void 0) {
      if (!(typeof prop_property === "string") && report(ctx, path + "/property", "type", "must be string", schemaPath + "/properties/property/type", "string")) return false;
    }
    const prop_operation = obj["operation"];
    if (prop_operation !== void 0) {
      if (!collectRuleOperation(prop_operation, path + "/operation", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_values = obj["values"];
    if (prop_values !== void 0) {
      if (!Array.isArray(prop_values) && report(ctx, path + "/values", "type", "must be array", schemaPath + "/properties/values/type", "array")) return false;
      if (Array.isArray(prop_values)) {
        for (let i = 0; i < prop_values.length; i++) {
          const item = prop_values[i];
          if (!(typeof item === "string") && report(ctx, path + "/values/" + i, "type", "must be string", schemaPath + "/properties/values/items/type", "string")) return false;
        }
      }
    }
    const prop_valuesJoinedBy = obj["valuesJoinedBy"];
    if (prop_valuesJoinedBy !== void 0) {
      if (!collectBinaryOperator(prop_valuesJoinedBy, path + "/valuesJoinedBy", ctx, depth + 1) && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkPropertyType(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!allowed9.has(data)) return false;
  return true;
}
function collectPropertyType(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/propertyType";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (!allowed9.has(data) && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues17)) return false;
  return ctx.issues.length === start;
}
function checkPublicError(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern12.test(prop__odata_type)) return false;
  }
  const prop_code = obj["code"];
  if (prop_code !== void 0) {
    if (!(typeof prop_code === "string" || prop_code === null)) return false;
  }
  const prop_message = obj["message"];
  if (prop_message !== void 0) {
    if (!(typeof prop_message === "string" || prop_message === null)) return false;
  }
  const prop_target = obj["target"];
  if (prop_target !== void 0) {
    if (!(typeof prop_target === "string" || prop_target === null)) return false;
  }
  const prop_details = obj["details"];
  if (prop_details !== void 0) {
    if (!(Array.isArray(prop_details) || prop_details === null)) return false;
    if (Array.isArray(prop_details)) {
      for (let i = 0; i < prop_details.length; i++) {
        const item = prop_details[i];
        if (!checkPublicErrorDetail(item, depth + 1)) return false;
      }
    }
  }
  const prop_innerError = obj["innerError"];
  if (prop_innerError !== void 0) {
    if (!(checkPublicInnerError(prop_innerError, depth + 1) || checkConnectionOperationAnyOf1(prop_innerError, depth + 1))) return false;
  }
  return true;
}
function collectPublicError(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/publicError";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern12.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.publicError$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.publicError$")) return false;
      }
    }
    const prop_code = obj["code"];
    if (prop_code !== void 0) {
      if (!(typeof prop_code === "string" || prop_code === null) && report(ctx, path + "/code", "type", "must be string,null", schemaPath + "/properties/code/type", ["string", "null"])) return false;
    }
    const prop_message = obj["message"];
    if (prop_message !== void 0) {
      if (!(typeof prop_message === "string" || prop_message === null) && report(ctx, path + "/message", "type", "must be string,null", schemaPath + "/properties/message/type", ["string", "null"])) return false;
    }
    const prop_target = obj["target"];
    if (prop_target !== void 0) {
      if (!(typeof prop_target === "string" || prop_target === null) && report(ctx, path + "/target", "type", "must be string,null", schemaPath + "/properties/target/type", ["string", "null"])) return false;
    }
    const prop_details = obj["details"];
    if (prop_details !== void 0) {
      if (!collectPublicErrorDetails(prop_details, path + "/details", ctx, depth + 1, schemaPath + "/properties/details") && ctx.first) return false;
    }
    const prop_innerError = obj["innerError"];
    if (prop_innerError !== void 0) {
      if (!(checkPublicInnerError(prop_innerError, depth + 1) || checkConnectionOperationAnyOf1(prop_innerError, depth + 1)) && report(ctx, path + "/innerError", "anyOf", "must match a schema in anyOf", schemaPath + "/properties/innerError/anyOf")) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkPublicErrorDetail(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_code = obj["code"];
  if (prop_code !== void 0) {
    if (!(typeof prop_code === "string" || prop_code === null)) return false;
  }
  const prop_message = obj["message"];
  if (prop_message !== void 0) {
    if (!(typeof prop_message === "string" || prop_message === null)) return false;
  }
  const prop_target = obj["target"];
  if (prop_target !== void 0) {
    if (!(typeof prop_target === "string" || prop_target === null)) return false;
  }
  return true;
}
function collectPublicErrorDetail(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/publicErrorDetail";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_code = obj["code"];
    if (prop_code !== void 0) {
      if (!(typeof prop_code === "string" || prop_code === null) && report(ctx, path + "/code", "type", "must be string,null", schemaPath + "/properties/code/type", ["string", "null"])) return false;
    }
    const prop_message = obj["message"];
    if (prop_message !== void 0) {
      if (!(typeof prop_message === "string" || prop_message === null) && report(ctx, path + "/message", "type", "must be string,null", schemaPath + "/properties/message/type", ["string", "null"])) return false;
    }
    const prop_target = obj["target"];
    if (prop_target !== void 0) {
      if (!(typeof prop_target === "string" || prop_target === null) && report(ctx, path + "/target", "type", "must be string,null", schemaPath + "/properties/target/type", ["string", "null"])) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkPublicInnerError(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_code = obj["code"];
  if (prop_code !== void 0) {
    if (!(typeof prop_code === "string" || prop_code === null)) return false;
  }
  const prop_message = obj["message"];
  if (prop_message !== void 0) {
    if (!(typeof prop_message === "string" || prop_message === null)) return false;
  }
  const prop_target = obj["target"];
  if (prop_target !== void 0) {
    if (!(typeof prop_target === "string" || prop_target === null)) return false;
  }
  const prop_details = obj["details"];
  if (prop_details !== void 0) {
    if (!(Array.isArray(prop_details) || prop_details === null)) return false;
    if (Array.isArray(prop_details)) {
      for (let i = 0; i < prop_details.length; i++) {
        const item = prop_details[i];
        if (!checkPublicErrorDetail(item, depth + 1)) return false;
      }
    }
  }
  return true;
}
function collectPublicInnerError(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/publicInnerError";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_code = obj["code"];
    if (prop_code !== void 0) {
      if (!(typeof prop_code === "string" || prop_code === null) && report(ctx, path + "/code", "type", "must be string,null", schemaPath + "/properties/code/type", ["string", "null"])) return false;
    }
    const prop_message = obj["message"];
    if (prop_message !== void 0) {
      if (!(typeof prop_message === "string" || prop_message === null) && report(ctx, path + "/message", "type", "must be string,null", schemaPath + "/properties/message/type", ["string", "null"])) return false;
    }
    const prop_target = obj["target"];
    if (prop_target !== void 0) {
      if (!(typeof prop_target === "string" || prop_target === null) && report(ctx, path + "/target", "type", "must be string,null", schemaPath + "/properties/target/type", ["string", "null"])) return false;
    }
    const prop_details = obj["details"];
    if (prop_details !== void 0) {
      if (!collectPublicErrorDetails(prop_details, path + "/details", ctx, depth + 1, schemaPath + "/properties/details") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkRankingHint(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_importanceScore = obj["importanceScore"];
  if (prop_importanceScore !== void 0) {
    if (!checkImportanceScore(prop_importanceScore, depth + 1)) return false;
  }
  return true;
}
function collectRankingHint(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/rankingHint";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_importanceScore = obj["importanceScore"];
    if (prop_importanceScore !== void 0) {
      if (!collectImportanceScore(prop_importanceScore, path + "/importanceScore", ctx, depth + 1) && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkRuleOperation(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!allowed10.has(data)) return false;
  return true;
}
function collectRuleOperation(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/ruleOperation";
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (!allowed10.has(data) && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues18)) return false;
  return ctx.issues.length === start;
}
function checkSchema(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "baseType")) return false;
  if (!hasOwn.call(obj, "properties")) return false;
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  const prop_baseType = obj["baseType"];
  if (prop_baseType !== void 0) {
    if (!(typeof prop_baseType === "string")) return false;
    if (prop_baseType !== "microsoft.graph.externalItem") return false;
  }
  const prop_properties = obj["properties"];
  if (prop_properties !== void 0) {
    if (!Array.isArray(prop_properties)) return false;
    if (prop_properties.length < 1) return false;
    if (prop_properties.length > 128) return false;
    for (let i = 0; i < prop_properties.length; i++) {
      const item = prop_properties[i];
      if (!checkProperty(item, depth + 1)) return false;
    }
  }
  if (!checkEntity(data, depth + 1)) return false;
  return true;
}
function collectSchema(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/schema";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "baseType") && report(ctx, path + "/baseType", "required", "must have required property 'baseType'", schemaPath + "/required", "baseType")) return false;
    if (!hasOwn.call(obj, "properties") && report(ctx, path + "/properties", "required", "must have required property 'properties'", schemaPath + "/required", "properties")) return false;
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectString_(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_baseType = obj["baseType"];
    if (prop_baseType !== void 0) {
      if (!(typeof prop_baseType === "string") && report(ctx, path + "/baseType", "type", "must be string", schemaPath + "/properties/baseType/type", "string")) return false;
      if (prop_baseType !== "microsoft.graph.externalItem" && report(ctx, path + "/baseType", "enum", "must be equal to one of the allowed values", schemaPath + "/properties/baseType/enum", allowedValues19)) return false;
    }
    const prop_properties = obj["properties"];
    if (prop_properties !== void 0) {
      if (!Array.isArray(prop_properties) && report(ctx, path + "/properties", "type", "must be array", schemaPath + "/properties/properties/type", "array")) return false;
      if (Array.isArray(prop_properties)) {
        if (prop_properties.length < 1 && report(ctx, path + "/properties", "minItems", "must NOT have fewer than 1 items", schemaPath + "/properties/properties/minItems", 1)) return false;
        if (prop_properties.length > 128 && report(ctx, path + "/properties", "maxItems", "must NOT have more than 128 items", schemaPath + "/properties/properties/maxItems", 128)) return false;
        for (let i = 0; i < prop_properties.length; i++) {
          const item = prop_properties[i];
          if (!collectProperty(item, path + "/properties/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  if (!collectEntity(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkSearchSettings(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_searchResultTemplates = obj["searchResultTemplates"];
  if (prop_searchResultTemplates !== void 0) {
    if (!Array.isArray(prop_searchResultTemplates)) return false;
    if (prop_searchResultTemplates.length > 2) return false;
    for (let i = 0; i < prop_searchResultTemplates.length; i++) {
      const item = prop_searchResultTemplates[i];
      if (!checkDisplayTemplate(item, depth + 1)) return false;
    }
  }
  return true;
}
function collectSearchSettings(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/searchSettings";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_searchResultTemplates = obj["searchResultTemplates"];
    if (prop_searchResultTemplates !== void 0) {
      if (!Array.isArray(prop_searchResultTemplates) && report(ctx, path + "/searchResultTemplates", "type", "must be array", schemaPath + "/properties/searchResultTemplates/type", "array")) return false;
      if (Array.isArray(prop_searchResultTemplates)) {
        if (prop_searchResultTemplates.length > 2 && report(ctx, path + "/searchResultTemplates", "maxItems", "must NOT have more than 2 items", schemaPath + "/properties/searchResultTemplates/maxItems", 2)) return false;
        for (let i = 0; i < prop_searchResultTemplates.length; i++) {
          const item = prop_searchResultTemplates[i];
          if (!collectDisplayTemplate(item, path + "/searchResultTemplates/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkUrlMatchInfo(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_baseUrls = obj["baseUrls"];
  if (prop_baseUrls !== void 0) {
    if (!Array.isArray(prop_baseUrls)) return false;
    for (let i = 0; i < prop_baseUrls.length; i++) {
      const item = prop_baseUrls[i];
      if (!(typeof item === "string")) return false;
      if (!formatUri(item)) return false;
    }
  }
  const prop_urlPattern = obj["urlPattern"];
  if (prop_urlPattern !== void 0) {
    if (!(typeof prop_urlPattern === "string")) return false;
  }
  return true;
}
function collectUrlMatchInfo(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/urlMatchInfo";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_baseUrls = obj["baseUrls"];
    if (prop_baseUrls !== void 0) {
      if (!Array.isArray(prop_baseUrls) && report(ctx, path + "/baseUrls", "type", "must be array", schemaPath + "/properties/baseUrls/type", "array")) return false;
      if (Array.isArray(prop_baseUrls)) {
        for (let i = 0; i < prop_baseUrls.length; i++) {
          const item = prop_baseUrls[i];
          if (!collectUriString(item, path + "/baseUrls/" + i, ctx, depth + 1, schemaPath + "/properties/baseUrls/items") && ctx.first) return false;
        }
      }
    }
    const prop_urlPattern = obj["urlPattern"];
    if (prop_urlPattern !== void 0) {
      if (!(typeof prop_urlPattern === "string") && report(ctx, path + "/urlPattern", "type", "must be string", schemaPath + "/properties/urlPattern/type", "string")) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkUrlToItemResolverBase(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
  }
  const prop_priority = obj["priority"];
  if (prop_priority !== void 0) {
    if (!(typeof prop_priority === "number" && Number.isInteger(prop_priority))) return false;
    if (!formatInt32(prop_priority)) return false;
  }
  return true;
}
function collectUrlToItemResolverBase(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/urlToItemResolverBase";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
    }
    const prop_priority = obj["priority"];
    if (prop_priority !== void 0) {
      if (!collectInt32Integer(prop_priority, path + "/priority", ctx, depth + 1, schemaPath + "/properties/priority") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkListConnectionsQueryParameters(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__select = obj["$select"];
  if (prop__select !== void 0) {
    if (!checkParametersSelect(prop__select, depth + 1)) return false;
  }
  return true;
}
function collectListConnectionsQueryParameters(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__select = obj["$select"];
    if (prop__select !== void 0) {
      if (!collectParametersSelect(prop__select, path + "/$select", ctx, depth + 1, "#/components/parameters/select/schema") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkListConnectionsHeaderParameters(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_client_request_id = obj["client-request-id"];
  if (prop_client_request_id !== void 0) {
    if (!checkParametersClientRequestId(prop_client_request_id, depth + 1)) return false;
  }
  return true;
}
function collectListConnectionsHeaderParameters(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_client_request_id = obj["client-request-id"];
    if (prop_client_request_id !== void 0) {
      if (!collectParametersClientRequestId(prop_client_request_id, path + "/client-request-id", ctx, depth + 1, "#/components/parameters/clientRequestId/schema") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkExternalConnectionCreateForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "id")) return false;
  if (!hasOwn.call(obj, "name")) return false;
  if (!hasOwn.call(obj, "description")) return false;
  if (!checkExternalConnectionForRequest(data, depth + 1)) return false;
  return true;
}
function collectExternalConnectionCreateForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalConnectionCreate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "id") && report(ctx, path + "/id", "required", "must have required property 'id'", schemaPath + "/required", "id")) return false;
    if (!hasOwn.call(obj, "name") && report(ctx, path + "/name", "required", "must have required property 'name'", schemaPath + "/required", "name")) return false;
    if (!hasOwn.call(obj, "description") && report(ctx, path + "/description", "required", "must have required property 'description'", schemaPath + "/required", "description")) return false;
  }
  if (!collectExternalConnectionForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkGetConnectionPathParameters(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "connectionId")) return false;
  const prop_connectionId = obj["connectionId"];
  if (prop_connectionId !== void 0) {
    if (!checkParametersConnectionId(prop_connectionId, depth + 1)) return false;
  }
  return true;
}
function collectGetConnectionPathParameters(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "connectionId") && report(ctx, path + "/connectionId", "required", "must have required property 'connectionId'", schemaPath + "/required", "connectionId")) return false;
    const prop_connectionId = obj["connectionId"];
    if (prop_connectionId !== void 0) {
      if (!collectParametersConnectionId(prop_connectionId, path + "/connectionId", ctx, depth + 1, "#/components/parameters/connectionId/schema") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkGetSchemaHeaderParameters(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_client_request_id = obj["client-request-id"];
  if (prop_client_request_id !== void 0) {
    if (!checkParametersClientRequestId(prop_client_request_id, depth + 1)) return false;
  }
  const prop_Prefer = obj["Prefer"];
  if (prop_Prefer !== void 0) {
    if (!checkParametersPreferIncludeUnknownEnumMembers(prop_Prefer, depth + 1)) return false;
  }
  return true;
}
function collectGetSchemaHeaderParameters(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_client_request_id = obj["client-request-id"];
    if (prop_client_request_id !== void 0) {
      if (!collectParametersClientRequestId(prop_client_request_id, path + "/client-request-id", ctx, depth + 1, "#/components/parameters/clientRequestId/schema") && ctx.first) return false;
    }
    const prop_Prefer = obj["Prefer"];
    if (prop_Prefer !== void 0) {
      if (!collectParametersPreferIncludeUnknownEnumMembers(prop_Prefer, path + "/Prefer", ctx, depth + 1, "#/components/parameters/preferIncludeUnknownEnumMembers/schema") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkRegisterSchemaHeaderParameters(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_client_request_id = obj["client-request-id"];
  if (prop_client_request_id !== void 0) {
    if (!checkParametersClientRequestId(prop_client_request_id, depth + 1)) return false;
  }
  const prop_Prefer = obj["Prefer"];
  if (prop_Prefer !== void 0) {
    if (!checkParametersPreferRespondAsync(prop_Prefer, depth + 1)) return false;
  }
  return true;
}
function collectRegisterSchemaHeaderParameters(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_client_request_id = obj["client-request-id"];
    if (prop_client_request_id !== void 0) {
      if (!collectParametersClientRequestId(prop_client_request_id, path + "/client-request-id", ctx, depth + 1, "#/components/parameters/clientRequestId/schema") && ctx.first) return false;
    }
    const prop_Prefer = obj["Prefer"];
    if (prop_Prefer !== void 0) {
      if (!collectParametersPreferRespondAsync(prop_Prefer, path + "/Prefer", ctx, depth + 1, "#/components/parameters/preferRespondAsync/schema") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkSchemaForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "baseType")) return false;
  if (!hasOwn.call(obj, "properties")) return false;
  if (hasOwn.call(obj, "id")) {
    return false;
  }
  const prop_baseType = obj["baseType"];
  if (prop_baseType !== void 0) {
    if (!(typeof prop_baseType === "string")) return false;
    if (prop_baseType !== "microsoft.graph.externalItem") return false;
  }
  const prop_properties = obj["properties"];
  if (prop_properties !== void 0) {
    if (!Array.isArray(prop_properties)) return false;
    if (prop_properties.length < 1) return false;
    if (prop_properties.length > 128) return false;
    for (let i = 0; i < prop_properties.length; i++) {
      const item = prop_properties[i];
      if (!checkProperty(item, depth + 1)) return false;
    }
  }
  if (!checkEntityForRequest(data, depth + 1)) return false;
  return true;
}
function collectSchemaForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/schema";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "baseType") && report(ctx, path + "/baseType", "required", "must have required property 'baseType'", schemaPath + "/required", "baseType")) return false;
    if (!hasOwn.call(obj, "properties") && report(ctx, path + "/properties", "required", "must have required property 'properties'", schemaPath + "/required", "properties")) return false;
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (report(ctx, path + "/id", "readOnly", "must NOT be present in a request (readOnly)", schemaPath + "/properties/id/readOnly")) return false;
      if (!collectStringForRequest(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_baseType = obj["baseType"];
    if (prop_baseType !== void 0) {
      if (!(typeof prop_baseType === "string") && report(ctx, path + "/baseType", "type", "must be string", schemaPath + "/properties/baseType/type", "string")) return false;
      if (prop_baseType !== "microsoft.graph.externalItem" && report(ctx, path + "/baseType", "enum", "must be equal to one of the allowed values", schemaPath + "/properties/baseType/enum", allowedValues19)) return false;
    }
    const prop_properties = obj["properties"];
    if (prop_properties !== void 0) {
      if (!Array.isArray(prop_properties) && report(ctx, path + "/properties", "type", "must be array", schemaPath + "/properties/properties/type", "array")) return false;
      if (Array.isArray(prop_properties)) {
        if (prop_properties.length < 1 && report(ctx, path + "/properties", "minItems", "must NOT have fewer than 1 items", schemaPath + "/properties/properties/minItems", 1)) return false;
        if (prop_properties.length > 128 && report(ctx, path + "/properties", "maxItems", "must NOT have more than 128 items", schemaPath + "/properties/properties/maxItems", 128)) return false;
        for (let i = 0; i < prop_properties.length; i++) {
          const item = prop_properties[i];
          if (!collectProperty(item, path + "/properties/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  if (!collectEntityForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkConnectionOperationForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern3.test(prop__odata_type)) return false;
  }
  if (hasOwn.call(obj, "id")) {
    return false;
  }
  const prop_status = obj["status"];
  if (prop_status !== void 0) {
    if (!checkConnectionOperationStatus(prop_status, depth + 1)) return false;
  }
  const prop_error = obj["error"];
  if (prop_error !== void 0) {
    if (!(checkPublicError(prop_error, depth + 1) || checkConnectionOperationAnyOf1(prop_error, depth + 1))) return false;
  }
  if (!checkEntityForRequest(data, depth + 1)) return false;
  return true;
}
function collectConnectionOperationForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connectionOperation";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern3.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?connectionOperation$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?connectionOperation$")) return false;
      }
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (report(ctx, path + "/id", "readOnly", "must NOT be present in a request (readOnly)", schemaPath + "/properties/id/readOnly")) return false;
      if (!collectStringForRequest(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_status = obj["status"];
    if (prop_status !== void 0) {
      if (!collectConnectionOperationStatus(prop_status, path + "/status", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_error = obj["error"];
    if (prop_error !== void 0) {
      if (!collectConnectionOperationError(prop_error, path + "/error", ctx, depth + 1, schemaPath + "/properties/error") && ctx.first) return false;
    }
  }
  if (!collectEntityForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkGetConnectionOperationPathParameters(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "connectionId")) return false;
  if (!hasOwn.call(obj, "operationId")) return false;
  const prop_connectionId = obj["connectionId"];
  if (prop_connectionId !== void 0) {
    if (!checkParametersConnectionId(prop_connectionId, depth + 1)) return false;
  }
  const prop_operationId = obj["operationId"];
  if (prop_operationId !== void 0) {
    if (!checkBatchRequestStepId(prop_operationId, depth + 1)) return false;
  }
  return true;
}
function collectGetConnectionOperationPathParameters(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "connectionId") && report(ctx, path + "/connectionId", "required", "must have required property 'connectionId'", schemaPath + "/required", "connectionId")) return false;
    if (!hasOwn.call(obj, "operationId") && report(ctx, path + "/operationId", "required", "must have required property 'operationId'", schemaPath + "/required", "operationId")) return false;
    const prop_connectionId = obj["connectionId"];
    if (prop_connectionId !== void 0) {
      if (!collectParametersConnectionId(prop_connectionId, path + "/connectionId", ctx, depth + 1, "#/components/parameters/connectionId/schema") && ctx.first) return false;
    }
    const prop_operationId = obj["operationId"];
    if (prop_operationId !== void 0) {
      if (!collectBatchRequestStepId(prop_operationId, path + "/operationId", ctx, depth + 1, "#/components/parameters/operationId/schema") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkGetItemPathParameters(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "connectionId")) return false;
  if (!hasOwn.call(obj, "itemId")) return false;
  const prop_connectionId = obj["connectionId"];
  if (prop_connectionId !== void 0) {
    if (!checkParametersConnectionId(prop_connectionId, depth + 1)) return false;
  }
  const prop_itemId = obj["itemId"];
  if (prop_itemId !== void 0) {
    if (!checkParametersItemId(prop_itemId, depth + 1)) return false;
  }
  return true;
}
function collectGetItemPathParameters(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "connectionId") && report(ctx, path + "/connectionId", "required", "must have required property 'connectionId'", schemaPath + "/required", "connectionId")) return false;
    if (!hasOwn.call(obj, "itemId") && report(ctx, path + "/itemId", "required", "must have required property 'itemId'", schemaPath + "/required", "itemId")) return false;
    const prop_connectionId = obj["connectionId"];
    if (prop_connectionId !== void 0) {
      if (!collectParametersConnectionId(prop_connectionId, path + "/connectionId", ctx, depth + 1, "#/components/parameters/connectionId/schema") && ctx.first) return false;
    }
    const prop_itemId = obj["itemId"];
    if (prop_itemId !== void 0) {
      if (!collectParametersItemId(prop_itemId, path + "/itemId", ctx, depth + 1, "#/components/parameters/itemId/schema") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkExternalItemForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "acl")) return false;
  if (!hasOwn.call(obj, "properties")) return false;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern8.test(prop__odata_type)) return false;
  }
  if (hasOwn.call(obj, "id")) {
    return false;
  }
  const prop_acl = obj["acl"];
  if (prop_acl !== void 0) {
    if (!Array.isArray(prop_acl)) return false;
    for (let i = 0; i < prop_acl.length; i++) {
      const item = prop_acl[i];
      if (!checkAcl(item, depth + 1)) return false;
    }
  }
  const prop_properties = obj["properties"];
  if (prop_properties !== void 0) {
    if (!checkProperties(prop_properties, depth + 1)) return false;
  }
  const prop_content = obj["content"];
  if (prop_content !== void 0) {
    if (!checkExternalItemContent(prop_content, depth + 1)) return false;
  }
  const prop_informationProtectionLabel = obj["informationProtectionLabel"];
  if (prop_informationProtectionLabel !== void 0) {
    if (!checkInformationProtectionLabel(prop_informationProtectionLabel, depth + 1)) return false;
  }
  if (!checkEntityForRequest(data, depth + 1)) return false;
  return true;
}
function collectExternalItemForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalItem";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "acl") && report(ctx, path + "/acl", "required", "must have required property 'acl'", schemaPath + "/required", "acl")) return false;
    if (!hasOwn.call(obj, "properties") && report(ctx, path + "/properties", "required", "must have required property 'properties'", schemaPath + "/required", "properties")) return false;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern8.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalItem$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalItem$")) return false;
      }
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (report(ctx, path + "/id", "readOnly", "must NOT be present in a request (readOnly)", schemaPath + "/properties/id/readOnly")) return false;
      if (!(typeof prop_id === "string") && report(ctx, path + "/id", "type", "must be string", schemaPath + "/properties/id/type", "string")) return false;
      if (typeof prop_id === "string") {
        if (prop_id.length > 128 && ucs2length(prop_id) > 128 && report(ctx, path + "/id", "maxLength", "must NOT have more than 128 characters", schemaPath + "/properties/id/maxLength", 128)) return false;
        if ((prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) && report(ctx, path + "/id", "minLength", "must NOT have fewer than 1 characters", schemaPath + "/properties/id/minLength", 1)) return false;
      }
    }
    const prop_acl = obj["acl"];
    if (prop_acl !== void 0) {
      if (!Array.isArray(prop_acl) && report(ctx, path + "/acl", "type", "must be array", schemaPath + "/properties/acl/type", "array")) return false;
      if (Array.isArray(prop_acl)) {
        for (let i = 0; i < prop_acl.length; i++) {
          const item = prop_acl[i];
          if (!collectAcl(item, path + "/acl/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
    const prop_properties = obj["properties"];
    if (prop_properties !== void 0) {
      if (!collectProperties(prop_properties, path + "/properties", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_content = obj["content"];
    if (prop_content !== void 0) {
      if (!collectExternalItemContent(prop_content, path + "/content", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_informationProtectionLabel = obj["informationProtectionLabel"];
    if (prop_informationProtectionLabel !== void 0) {
      if (!collectInformationProtectionLabel(prop_informationProtectionLabel, path + "/informationProtectionLabel", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectEntityForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkAddActivitiesRequestForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "activities")) return false;
  const prop_activities = obj["activities"];
  if (prop_activities !== void 0) {
    if (!Array.isArray(prop_activities)) return false;
    if (prop_activities.length < 1) return false;
    if (prop_activities.length > 20) return false;
    for (let i = 0; i < prop_activities.length; i++) {
      const item = prop_activities[i];
      if (!checkExternalActivityForRequest(item, depth + 1)) return false;
    }
  }
  return true;
}
function collectAddActivitiesRequestForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/addActivitiesRequest";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "activities") && report(ctx, path + "/activities", "required", "must have required property 'activities'", schemaPath + "/required", "activities")) return false;
    const prop_activities = obj["activities"];
    if (prop_activities !== void 0) {
      if (!Array.isArray(prop_activities) && report(ctx, path + "/activities", "type", "must be array", schemaPath + "/properties/activities/type", "array")) return false;
      if (Array.isArray(prop_activities)) {
        if (prop_activities.length < 1 && report(ctx, path + "/activities", "minItems", "must NOT have fewer than 1 items", schemaPath + "/properties/activities/minItems", 1)) return false;
        if (prop_activities.length > 20 && report(ctx, path + "/activities", "maxItems", "must NOT have more than 20 items", schemaPath + "/properties/activities/maxItems", 20)) return false;
        for (let i = 0; i < prop_activities.length; i++) {
          const item = prop_activities[i];
          if (!collectExternalActivityForRequest(item, path + "/activities/" + i, ctx, depth + 1) && ctx.first) return false;
        }
      }
    }
  }
  return ctx.issues.length === start;
}
function checkExternalGroupCreateForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "id")) return false;
  if (!checkExternalGroupForRequest(data, depth + 1)) return false;
  return true;
}
function collectExternalGroupCreateForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalGroupCreate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "id") && report(ctx, path + "/id", "required", "must have required property 'id'", schemaPath + "/required", "id")) return false;
  }
  if (!collectExternalGroupForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkGetGroupPathParameters(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "connectionId")) return false;
  if (!hasOwn.call(obj, "groupId")) return false;
  const prop_connectionId = obj["connectionId"];
  if (prop_connectionId !== void 0) {
    if (!checkParametersConnectionId(prop_connectionId, depth + 1)) return false;
  }
  const prop_groupId = obj["groupId"];
  if (prop_groupId !== void 0) {
    if (!checkParametersItemId(prop_groupId, depth + 1)) return false;
  }
  return true;
}
function collectGetGroupPathParameters(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "connectionId") && report(ctx, path + "/connectionId", "required", "must have required property 'connectionId'", schemaPath + "/required", "connectionId")) return false;
    if (!hasOwn.call(obj, "groupId") && report(ctx, path + "/groupId", "required", "must have required property 'groupId'", schemaPath + "/required", "groupId")) return false;
    const prop_connectionId = obj["connectionId"];
    if (prop_connectionId !== void 0) {
      if (!collectParametersConnectionId(prop_connectionId, path + "/connectionId", ctx, depth + 1, "#/components/parameters/connectionId/schema") && ctx.first) return false;
    }
    const prop_groupId = obj["groupId"];
    if (prop_groupId !== void 0) {
      if (!collectParametersItemId(prop_groupId, path + "/groupId", ctx, depth + 1, "#/components/parameters/groupId/schema") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkIdentityForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "id")) return false;
  if (!hasOwn.call(obj, "type")) return false;
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
    if (prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) return false;
  }
  const prop_type = obj["type"];
  if (prop_type !== void 0) {
    if (!checkIdentityType(prop_type, depth + 1)) return false;
  }
  if (!checkEntityForRequest(data, depth + 1)) return false;
  return true;
}
function collectIdentityForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/identity";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "id") && report(ctx, path + "/id", "required", "must have required property 'id'", schemaPath + "/required", "id")) return false;
    if (!hasOwn.call(obj, "type") && report(ctx, path + "/type", "required", "must have required property 'type'", schemaPath + "/required", "type")) return false;
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectBatchRequestStepId(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_type = obj["type"];
    if (prop_type !== void 0) {
      if (!collectIdentityType(prop_type, path + "/type", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectEntityForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkRemoveGroupMemberPathParameters(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "connectionId")) return false;
  if (!hasOwn.call(obj, "groupId")) return false;
  if (!hasOwn.call(obj, "memberId")) return false;
  const prop_connectionId = obj["connectionId"];
  if (prop_connectionId !== void 0) {
    if (!checkParametersConnectionId(prop_connectionId, depth + 1)) return false;
  }
  const prop_groupId = obj["groupId"];
  if (prop_groupId !== void 0) {
    if (!checkParametersItemId(prop_groupId, depth + 1)) return false;
  }
  const prop_memberId = obj["memberId"];
  if (prop_memberId !== void 0) {
    if (!checkBatchRequestStepId(prop_memberId, depth + 1)) return false;
  }
  return true;
}
function collectRemoveGroupMemberPathParameters(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "connectionId") && report(ctx, path + "/connectionId", "required", "must have required property 'connectionId'", schemaPath + "/required", "connectionId")) return false;
    if (!hasOwn.call(obj, "groupId") && report(ctx, path + "/groupId", "required", "must have required property 'groupId'", schemaPath + "/required", "groupId")) return false;
    if (!hasOwn.call(obj, "memberId") && report(ctx, path + "/memberId", "required", "must have required property 'memberId'", schemaPath + "/required", "memberId")) return false;
    const prop_connectionId = obj["connectionId"];
    if (prop_connectionId !== void 0) {
      if (!collectParametersConnectionId(prop_connectionId, path + "/connectionId", ctx, depth + 1, "#/components/parameters/connectionId/schema") && ctx.first) return false;
    }
    const prop_groupId = obj["groupId"];
    if (prop_groupId !== void 0) {
      if (!collectParametersItemId(prop_groupId, path + "/groupId", ctx, depth + 1, "#/components/parameters/groupId/schema") && ctx.first) return false;
    }
    const prop_memberId = obj["memberId"];
    if (prop_memberId !== void 0) {
      if (!collectBatchRequestStepId(prop_memberId, path + "/memberId", ctx, depth + 1, "#/components/parameters/memberId/schema") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkLegacyExternalConnectionCreateForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "name")) return false;
  if (!hasOwn.call(obj, "description")) return false;
  if (!hasOwn.call(obj, "configuration")) return false;
  if (!checkLegacyExternalConnectionForRequest(data, depth + 1)) return false;
  return true;
}
function collectLegacyExternalConnectionCreateForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/legacyExternalConnectionCreate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "name") && report(ctx, path + "/name", "required", "must have required property 'name'", schemaPath + "/required", "name")) return false;
    if (!hasOwn.call(obj, "description") && report(ctx, path + "/description", "required", "must have required property 'description'", schemaPath + "/required", "description")) return false;
    if (!hasOwn.call(obj, "configuration") && report(ctx, path + "/configuration", "required", "must have required property 'configuration'", schemaPath + "/required", "configuration")) return false;
  }
  if (!collectLegacyExternalConnectionForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkConnectorCreateForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "machineName")) return false;
  if (!hasOwn.call(obj, "externalIp")) return false;
  if (!hasOwn.call(obj, "status")) return false;
  if (!checkConnectorForRequest(data, depth + 1)) return false;
  return true;
}
function collectConnectorCreateForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connectorCreate";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "machineName") && report(ctx, path + "/machineName", "required", "must have required property 'machineName'", schemaPath + "/required", "machineName")) return false;
    if (!hasOwn.call(obj, "externalIp") && report(ctx, path + "/externalIp", "required", "must have required property 'externalIp'", schemaPath + "/required", "externalIp")) return false;
    if (!hasOwn.call(obj, "status") && report(ctx, path + "/status", "required", "must have required property 'status'", schemaPath + "/required", "status")) return false;
  }
  if (!collectConnectorForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function collectBatchRequestStepId(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (typeof data === "string") {
    if ((data.length < 1 || data.length < 2 && ucs2length(data) < 1) && report(ctx, path, "minLength", "must NOT have fewer than 1 characters", schemaPath + "/minLength", 1)) return false;
  }
  return ctx.issues.length === start;
}
function collectBatchRequestStepHeaders(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    for (const key of Object.keys(obj)) {
      const value = obj[key];
      if (!(typeof value === "string") && report(ctx, path + "/" + escapePointer(key), "type", "must be string", schemaPath + "/additionalProperties/type", "string")) return false;
    }
  }
  return ctx.issues.length === start;
}
function collectUriString(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (typeof data === "string") {
    if (!formatUri(data) && report(ctx, path, "format", 'must match format "uri"', schemaPath + "/format", "uri")) return false;
  }
  return ctx.issues.length === start;
}
function checkConnectionIdNot(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (typeof data === "string") {
    if (!pattern13.test(data)) return false;
  }
  return true;
}
function checkConnectionIdNot2(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!allowed11.has(data)) return false;
  return true;
}
function checkConnectionOperationAnyOf1(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(data === null)) return false;
  return true;
}
function collectString_(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  return ctx.issues.length === start;
}
function collectConnectionOperationError(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(checkPublicError(data, depth + 1) || checkConnectionOperationAnyOf1(data, depth + 1)) && report(ctx, path, "anyOf", "must match a schema in anyOf", schemaPath + "/anyOf")) return false;
  return ctx.issues.length === start;
}
function collectDateTimeString(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (typeof data === "string") {
    if (!formatDateTime(data) && report(ctx, path, "format", 'must match format "date-time"', schemaPath + "/format", "date-time")) return false;
  }
  return ctx.issues.length === start;
}
function checkExternalConnectionEnabledContentExperiences(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(checkContentExperienceType(data, depth + 1) || checkExternalConnectionEnabledContentExperiencesAnyOf1(data, depth + 1))) return false;
  return true;
}
function collectExternalConnectionOdataType(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (typeof data === "string") {
    if (!pattern7.test(data) && report(ctx, path, "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalConnection$"', schemaPath + "/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalConnection$")) return false;
  }
  return ctx.issues.length === start;
}
function collectExternalConnectionName(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (typeof data === "string") {
    if (data.length > 128 && ucs2length(data) > 128 && report(ctx, path, "maxLength", "must NOT have more than 128 characters", schemaPath + "/maxLength", 128)) return false;
  }
  return ctx.issues.length === start;
}
function collectExternalConnectionComplianceSettings(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!collectComplianceSettings(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function collectExternalConnectionEnabledContentExperiences(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(checkContentExperienceType(data, depth + 1) || checkExternalConnectionEnabledContentExperiencesAnyOf1(data, depth + 1)) && report(ctx, path, "anyOf", "must match a schema in anyOf", schemaPath + "/anyOf")) return false;
  return ctx.issues.length === start;
}
function collectInt32Integer(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "number" && Number.isInteger(data)) && report(ctx, path, "type", "must be integer", schemaPath + "/type", "integer")) return false;
  if (typeof data === "number") {
    if (!formatInt32(data) && report(ctx, path, "format", 'must match format "int32"', schemaPath + "/format", "int32")) return false;
  }
  return ctx.issues.length === start;
}
function checkPropertiesAnyOf0(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string" || typeof data === "number" && Number.isFinite(data) || typeof data === "boolean")) return false;
  return true;
}
function checkPropertiesAnyOf1(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!Array.isArray(data)) return false;
  for (let i = 0; i < data.length; i++) {
    const item = data[i];
    if (!(checkPropertiesAnyOf1AnyOf0(item, depth + 1) || checkPrincipal(item, depth + 1))) return false;
  }
  return true;
}
function checkPropertyName(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data.length > 32 && ucs2length(data) > 32) return false;
  if (data.length < 1 || data.length < 2 && ucs2length(data) < 1) return false;
  if (!pattern14.test(data)) return false;
  return true;
}
function checkPropertyIf(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "isSearchable")) return false;
    const prop_isSearchable = obj["isSearchable"];
    if (prop_isSearchable !== void 0) {
      if (prop_isSearchable !== true) return false;
    }
  }
  return true;
}
function checkPropertyIf2(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "isExactMatchRequired")) return false;
    const prop_isExactMatchRequired = obj["isExactMatchRequired"];
    if (prop_isExactMatchRequired !== void 0) {
      if (prop_isExactMatchRequired !== true) return false;
    }
  }
  return true;
}
function checkPropertyIf3(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "labels")) return false;
    const prop_labels = obj["labels"];
    if (prop_labels !== void 0) {
      if (Array.isArray(prop_labels)) {
        if (prop_labels.length < 1) return false;
      }
    }
  }
  return true;
}
function collectPropertyName(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (typeof data === "string") {
    if (data.length > 32 && ucs2length(data) > 32 && report(ctx, path, "maxLength", "must NOT have more than 32 characters", schemaPath + "/maxLength", 32)) return false;
    if ((data.length < 1 || data.length < 2 && ucs2length(data) < 1) && report(ctx, path, "minLength", "must NOT have fewer than 1 characters", schemaPath + "/minLength", 1)) return false;
    if (!pattern14.test(data) && report(ctx, path, "pattern", 'must match pattern "^[^\\s\\x00-\\x1F\\x7F:;,()\\[\\]{}%$+!*=&?@#\\\\~\'"<>^`]+$"', schemaPath + "/pattern", "^[^\\s\\x00-\\x1F\\x7F:;,()\\[\\]{}%$+!*=&?@#\\\\~'\"<>^`]+$")) return false;
  }
  return ctx.issues.length === start;
}
function collectPublicErrorDetails(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(Array.isArray(data) || data === null) && report(ctx, path, "type", "must be array,null", schemaPath + "/type", ["array", "null"])) return false;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const item = data[i];
      if (!collectPublicErrorDetail(item, path + "/" + i, ctx, depth + 1) && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkParametersSelect(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!Array.isArray(data)) return false;
  for (let i = 0; i < data.length; i++) {
    const item = data[i];
    if (!(typeof item === "string")) return false;
    if (item.length < 1 || item.length < 2 && ucs2length(item) < 1) return false;
  }
  return true;
}
function collectParametersSelect(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!Array.isArray(data) && report(ctx, path, "type", "must be array", schemaPath + "/type", "array")) return false;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const item = data[i];
      if (!collectBatchRequestStepId(item, path + "/" + i, ctx, depth + 1, schemaPath + "/items") && ctx.first) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkParametersClientRequestId(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!formatUuid(data)) return false;
  return true;
}
function collectParametersClientRequestId(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (typeof data === "string") {
    if (!formatUuid(data) && report(ctx, path, "format", 'must match format "uuid"', schemaPath + "/format", "uuid")) return false;
  }
  return ctx.issues.length === start;
}
function checkExternalConnectionForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern7.test(prop__odata_type)) return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!checkConnectionId(prop_id, depth + 1)) return false;
  }
  const prop_name = obj["name"];
  if (prop_name !== void 0) {
    if (!(typeof prop_name === "string")) return false;
    if (prop_name.length > 128 && ucs2length(prop_name) > 128) return false;
  }
  const prop_description = obj["description"];
  if (prop_description !== void 0) {
    if (!(typeof prop_description === "string")) return false;
  }
  if (hasOwn.call(obj, "state")) {
    return false;
  }
  const prop_configuration = obj["configuration"];
  if (prop_configuration !== void 0) {
    if (!checkConfiguration(prop_configuration, depth + 1)) return false;
  }
  const prop_activitySettings = obj["activitySettings"];
  if (prop_activitySettings !== void 0) {
    if (!checkActivitySettings(prop_activitySettings, depth + 1)) return false;
  }
  const prop_searchSettings = obj["searchSettings"];
  if (prop_searchSettings !== void 0) {
    if (!checkSearchSettings(prop_searchSettings, depth + 1)) return false;
  }
  const prop_connectorId = obj["connectorId"];
  if (prop_connectorId !== void 0) {
    if (!(typeof prop_connectorId === "string")) return false;
  }
  const prop_contentCategory = obj["contentCategory"];
  if (prop_contentCategory !== void 0) {
    if (!checkContentCategory(prop_contentCategory, depth + 1)) return false;
  }
  const prop_complianceSettings = obj["complianceSettings"];
  if (prop_complianceSettings !== void 0) {
    if (!checkComplianceSettings(prop_complianceSettings, depth + 1)) return false;
  }
  const prop_enabledContentExperiences = obj["enabledContentExperiences"];
  if (prop_enabledContentExperiences !== void 0) {
    if (!checkExternalConnectionEnabledContentExperiences(prop_enabledContentExperiences, depth + 1)) return false;
  }
  if (hasOwn.call(obj, "ingestedItemsCount")) {
    return false;
  }
  if (!checkEntityForRequest(data, depth + 1)) return false;
  return true;
}
function collectExternalConnectionForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalConnection";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!collectExternalConnectionOdataType(prop__odata_type, path + "/@odata.type", ctx, depth + 1, schemaPath + "/properties/@odata.type") && ctx.first) return false;
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!collectConnectionId(prop_id, path + "/id", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_name = obj["name"];
    if (prop_name !== void 0) {
      if (!collectExternalConnectionName(prop_name, path + "/name", ctx, depth + 1, schemaPath + "/properties/name") && ctx.first) return false;
    }
    const prop_description = obj["description"];
    if (prop_description !== void 0) {
      if (!(typeof prop_description === "string") && report(ctx, path + "/description", "type", "must be string", schemaPath + "/properties/description/type", "string")) return false;
    }
    const prop_state = obj["state"];
    if (prop_state !== void 0) {
      if (report(ctx, path + "/state", "readOnly", "must NOT be present in a request (readOnly)", schemaPath + "/properties/state/readOnly")) return false;
      if (!collectConnectionState(prop_state, path + "/state", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_configuration = obj["configuration"];
    if (prop_configuration !== void 0) {
      if (!collectConfiguration(prop_configuration, path + "/configuration", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_activitySettings = obj["activitySettings"];
    if (prop_activitySettings !== void 0) {
      if (!collectActivitySettings(prop_activitySettings, path + "/activitySettings", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_searchSettings = obj["searchSettings"];
    if (prop_searchSettings !== void 0) {
      if (!collectSearchSettings(prop_searchSettings, path + "/searchSettings", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_connectorId = obj["connectorId"];
    if (prop_connectorId !== void 0) {
      if (!(typeof prop_connectorId === "string") && report(ctx, path + "/connectorId", "type", "must be string", schemaPath + "/properties/connectorId/type", "string")) return false;
    }
    const prop_contentCategory = obj["contentCategory"];
    if (prop_contentCategory !== void 0) {
      if (!collectContentCategory(prop_contentCategory, path + "/contentCategory", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_complianceSettings = obj["complianceSettings"];
    if (prop_complianceSettings !== void 0) {
      if (!collectExternalConnectionComplianceSettings(prop_complianceSettings, path + "/complianceSettings", ctx, depth + 1, schemaPath + "/properties/complianceSettings") && ctx.first) return false;
    }
    const prop_enabledContentExperiences = obj["enabledContentExperiences"];
    if (prop_enabledContentExperiences !== void 0) {
      if (!collectExternalConnectionEnabledContentExperiences(prop_enabledContentExperiences, path + "/enabledContentExperiences", ctx, depth + 1, schemaPath + "/properties/enabledContentExperiences") && ctx.first) return false;
    }
    const prop_ingestedItemsCount = obj["ingestedItemsCount"];
    if (prop_ingestedItemsCount !== void 0) {
      if (report(ctx, path + "/ingestedItemsCount", "readOnly", "must NOT be present in a request (readOnly)", schemaPath + "/properties/ingestedItemsCount/readOnly")) return false;
      if (!(typeof prop_ingestedItemsCount === "number" && Number.isInteger(prop_ingestedItemsCount) || prop_ingestedItemsCount === null) && report(ctx, path + "/ingestedItemsCount", "type", "must be integer,null", schemaPath + "/properties/ingestedItemsCount/type", ["integer", "null"])) return false;
      if (typeof prop_ingestedItemsCount === "number") {
        if (prop_ingestedItemsCount < 0 && report(ctx, path + "/ingestedItemsCount", "minimum", "must be >= 0", schemaPath + "/properties/ingestedItemsCount/minimum", 0)) return false;
        if (!formatInt64(prop_ingestedItemsCount) && report(ctx, path + "/ingestedItemsCount", "format", 'must match format "int64"', schemaPath + "/properties/ingestedItemsCount/format", "int64")) return false;
      }
    }
  }
  if (!collectEntityForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkParametersConnectionId(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!checkConnectionId(data, depth + 1)) return false;
  return true;
}
function collectParametersConnectionId(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!collectConnectionId(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkParametersPreferIncludeUnknownEnumMembers(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data !== "include-unknown-enum-members") return false;
  return true;
}
function collectParametersPreferIncludeUnknownEnumMembers(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (data !== "include-unknown-enum-members" && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues20)) return false;
  return ctx.issues.length === start;
}
function checkParametersPreferRespondAsync(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data !== "respond-async") return false;
  return true;
}
function collectParametersPreferRespondAsync(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (data !== "respond-async" && report(ctx, path, "enum", "must be equal to one of the allowed values", schemaPath + "/enum", allowedValues21)) return false;
  return ctx.issues.length === start;
}
function checkEntityForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (hasOwn.call(obj, "@odata.context")) {
    return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  return true;
}
function collectStringForRequest(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  return ctx.issues.length === start;
}
function collectEntityForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/entity";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_context = obj["@odata.context"];
    if (prop__odata_context !== void 0) {
      if (report(ctx, path + "/@odata.context", "readOnly", "must NOT be present in a request (readOnly)", schemaPath + "/properties/@odata.context/readOnly")) return false;
      if (!collectStringForRequest(prop__odata_context, path + "/@odata.context", ctx, depth + 1, schemaPath + "/properties/@odata.context") && ctx.first) return false;
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!(typeof prop_id === "string") && report(ctx, path + "/id", "type", "must be string", schemaPath + "/properties/id/type", "string")) return false;
    }
  }
  return ctx.issues.length === start;
}
function checkBatchRequestStepId(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data.length < 1 || data.length < 2 && ucs2length(data) < 1) return false;
  return true;
}
function checkParametersItemId(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (data.length > 128 && ucs2length(data) > 128) return false;
  if (data.length < 1 || data.length < 2 && ucs2length(data) < 1) return false;
  return true;
}
function collectParametersItemId(data, path, ctx, depth, schemaPath) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  if (!(typeof data === "string") && report(ctx, path, "type", "must be string", schemaPath + "/type", "string")) return false;
  if (typeof data === "string") {
    if (data.length > 128 && ucs2length(data) > 128 && report(ctx, path, "maxLength", "must NOT have more than 128 characters", schemaPath + "/maxLength", 128)) return false;
    if ((data.length < 1 || data.length < 2 && ucs2length(data) < 1) && report(ctx, path, "minLength", "must NOT have fewer than 1 characters", schemaPath + "/minLength", 1)) return false;
  }
  return ctx.issues.length === start;
}
function checkExternalActivityForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  if (!hasOwn.call(obj, "type")) return false;
  if (!hasOwn.call(obj, "startDateTime")) return false;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern5.test(prop__odata_type)) return false;
  }
  if (hasOwn.call(obj, "id")) {
    return false;
  }
  const prop_type = obj["type"];
  if (prop_type !== void 0) {
    if (!checkExternalActivityType(prop_type, depth + 1)) return false;
  }
  const prop_startDateTime = obj["startDateTime"];
  if (prop_startDateTime !== void 0) {
    if (!(typeof prop_startDateTime === "string")) return false;
    if (!formatDateTime(prop_startDateTime)) return false;
  }
  const prop_performedBy = obj["performedBy"];
  if (prop_performedBy !== void 0) {
    if (!checkIdentityForRequest(prop_performedBy, depth + 1)) return false;
  }
  if (!checkEntityForRequest(data, depth + 1)) return false;
  return true;
}
function collectExternalActivityForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalActivity";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    if (!hasOwn.call(obj, "type") && report(ctx, path + "/type", "required", "must have required property 'type'", schemaPath + "/required", "type")) return false;
    if (!hasOwn.call(obj, "startDateTime") && report(ctx, path + "/startDateTime", "required", "must have required property 'startDateTime'", schemaPath + "/required", "startDateTime")) return false;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern5.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalActivity$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.(externalConnectors\\.)?externalActivity$")) return false;
      }
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (report(ctx, path + "/id", "readOnly", "must NOT be present in a request (readOnly)", schemaPath + "/properties/id/readOnly")) return false;
      if (!collectStringForRequest(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_type = obj["type"];
    if (prop_type !== void 0) {
      if (!collectExternalActivityType(prop_type, path + "/type", ctx, depth + 1) && ctx.first) return false;
    }
    const prop_startDateTime = obj["startDateTime"];
    if (prop_startDateTime !== void 0) {
      if (!collectDateTimeString(prop_startDateTime, path + "/startDateTime", ctx, depth + 1, schemaPath + "/properties/startDateTime") && ctx.first) return false;
    }
    const prop_performedBy = obj["performedBy"];
    if (prop_performedBy !== void 0) {
      if (!collectIdentityForRequest(prop_performedBy, path + "/performedBy", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectEntityForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkExternalGroupForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
    if (prop_id.length > 128 && ucs2length(prop_id) > 128) return false;
    if (prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) return false;
  }
  const prop_displayName = obj["displayName"];
  if (prop_displayName !== void 0) {
    if (!(typeof prop_displayName === "string")) return false;
  }
  const prop_description = obj["description"];
  if (prop_description !== void 0) {
    if (!(typeof prop_description === "string")) return false;
  }
  if (!checkEntityForRequest(data, depth + 1)) return false;
  return true;
}
function collectExternalGroupForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/externalGroup";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!(typeof prop_id === "string") && report(ctx, path + "/id", "type", "must be string", schemaPath + "/properties/id/type", "string")) return false;
      if (typeof prop_id === "string") {
        if (prop_id.length > 128 && ucs2length(prop_id) > 128 && report(ctx, path + "/id", "maxLength", "must NOT have more than 128 characters", schemaPath + "/properties/id/maxLength", 128)) return false;
        if ((prop_id.length < 1 || prop_id.length < 2 && ucs2length(prop_id) < 1) && report(ctx, path + "/id", "minLength", "must NOT have fewer than 1 characters", schemaPath + "/properties/id/minLength", 1)) return false;
      }
    }
    const prop_displayName = obj["displayName"];
    if (prop_displayName !== void 0) {
      if (!(typeof prop_displayName === "string") && report(ctx, path + "/displayName", "type", "must be string", schemaPath + "/properties/displayName/type", "string")) return false;
    }
    const prop_description = obj["description"];
    if (prop_description !== void 0) {
      if (!(typeof prop_description === "string") && report(ctx, path + "/description", "type", "must be string", schemaPath + "/properties/description/type", "string")) return false;
    }
  }
  if (!collectEntityForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkLegacyExternalConnectionForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern7.test(prop__odata_type)) return false;
  }
  const prop_id = obj["id"];
  if (prop_id !== void 0) {
    if (!(typeof prop_id === "string")) return false;
  }
  const prop_name = obj["name"];
  if (prop_name !== void 0) {
    if (!(typeof prop_name === "string")) return false;
    if (prop_name.length > 128 && ucs2length(prop_name) > 128) return false;
  }
  const prop_description = obj["description"];
  if (prop_description !== void 0) {
    if (!(typeof prop_description === "string")) return false;
  }
  const prop_configuration = obj["configuration"];
  if (prop_configuration !== void 0) {
    if (!checkConfiguration(prop_configuration, depth + 1)) return false;
  }
  if (!checkEntityForRequest(data, depth + 1)) return false;
  return true;
}
function collectLegacyExternalConnectionForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/legacyExternalConnection";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!collectExternalConnectionOdataType(prop__odata_type, path + "/@odata.type", ctx, depth + 1, schemaPath + "/properties/@odata.type") && ctx.first) return false;
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (!(typeof prop_id === "string") && report(ctx, path + "/id", "type", "must be string", schemaPath + "/properties/id/type", "string")) return false;
    }
    const prop_name = obj["name"];
    if (prop_name !== void 0) {
      if (!collectExternalConnectionName(prop_name, path + "/name", ctx, depth + 1, schemaPath + "/properties/name") && ctx.first) return false;
    }
    const prop_description = obj["description"];
    if (prop_description !== void 0) {
      if (!(typeof prop_description === "string") && report(ctx, path + "/description", "type", "must be string", schemaPath + "/properties/description/type", "string")) return false;
    }
    const prop_configuration = obj["configuration"];
    if (prop_configuration !== void 0) {
      if (!collectConfiguration(prop_configuration, path + "/configuration", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectEntityForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkConnectorForRequest(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "object" && data !== null && !Array.isArray(data))) return false;
  const obj = data;
  const prop__odata_type = obj["@odata.type"];
  if (prop__odata_type !== void 0) {
    if (!(typeof prop__odata_type === "string")) return false;
    if (!pattern4.test(prop__odata_type)) return false;
  }
  if (hasOwn.call(obj, "id")) {
    return false;
  }
  const prop_machineName = obj["machineName"];
  if (prop_machineName !== void 0) {
    if (!(typeof prop_machineName === "string")) return false;
  }
  const prop_externalIp = obj["externalIp"];
  if (prop_externalIp !== void 0) {
    if (!(typeof prop_externalIp === "string")) return false;
  }
  const prop_status = obj["status"];
  if (prop_status !== void 0) {
    if (!checkConnectorStatus(prop_status, depth + 1)) return false;
  }
  if (!checkEntityForRequest(data, depth + 1)) return false;
  return true;
}
function collectConnectorForRequest(data, path, ctx, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  const start = ctx.issues.length;
  const schemaPath = "#/components/schemas/connector";
  if (!(typeof data === "object" && data !== null && !Array.isArray(data)) && report(ctx, path, "type", "must be object", schemaPath + "/type", "object")) return false;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const obj = data;
    const prop__odata_type = obj["@odata.type"];
    if (prop__odata_type !== void 0) {
      if (!(typeof prop__odata_type === "string") && report(ctx, path + "/@odata.type", "type", "must be string", schemaPath + "/properties/@odata.type/type", "string")) return false;
      if (typeof prop__odata_type === "string") {
        if (!pattern4.test(prop__odata_type) && report(ctx, path + "/@odata.type", "pattern", 'must match pattern "^#?microsoft\\.graph\\.connector$"', schemaPath + "/properties/@odata.type/pattern", "^#?microsoft\\.graph\\.connector$")) return false;
      }
    }
    const prop_id = obj["id"];
    if (prop_id !== void 0) {
      if (report(ctx, path + "/id", "readOnly", "must NOT be present in a request (readOnly)", schemaPath + "/properties/id/readOnly")) return false;
      if (!collectStringForRequest(prop_id, path + "/id", ctx, depth + 1, schemaPath + "/properties/id") && ctx.first) return false;
    }
    const prop_machineName = obj["machineName"];
    if (prop_machineName !== void 0) {
      if (!(typeof prop_machineName === "string") && report(ctx, path + "/machineName", "type", "must be string", schemaPath + "/properties/machineName/type", "string")) return false;
    }
    const prop_externalIp = obj["externalIp"];
    if (prop_externalIp !== void 0) {
      if (!(typeof prop_externalIp === "string") && report(ctx, path + "/externalIp", "type", "must be string", schemaPath + "/properties/externalIp/type", "string")) return false;
    }
    const prop_status = obj["status"];
    if (prop_status !== void 0) {
      if (!collectConnectorStatus(prop_status, path + "/status", ctx, depth + 1) && ctx.first) return false;
    }
  }
  if (!collectEntityForRequest(data, path, ctx, depth + 1) && ctx.first) return false;
  return ctx.issues.length === start;
}
function checkExternalConnectionEnabledContentExperiencesAnyOf1(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string")) return false;
  if (!pattern15.test(data)) return false;
  return true;
}
function checkPropertiesAnyOf1AnyOf0(data, depth) {
  if (depth > MAX_DEPTH) throw new DepthLimitError();
  if (!(typeof data === "string" || typeof data === "number" && Number.isFinite(data))) return false;
  return true;
}
function isAccessType(data) {
  return runCheck(checkAccessType, data);
}
function validateAccessType(data, options) {
  return runValidation(checkAccessType, collectAccessType, data, options);
}
const AccessTypeSchema = standardView(validateAccessType);
function isAcl(data) {
  return runCheck(checkAcl, data);
}
function validateAcl(data, options) {
  return runValidation(checkAcl, collectAcl, data, options);
}
const AclSchema = standardView(validateAcl);
function isAclType(data) {
  return runCheck(checkAclType, data);
}
function validateAclType(data, options) {
  return runValidation(checkAclType, collectAclType, data, options);
}
const AclTypeSchema = standardView(validateAclType);
function isActivitySettings(data) {
  return runCheck(checkActivitySettings, data);
}
function validateActivitySettings(data, options) {
  return runValidation(checkActivitySettings, collectActivitySettings, data, options);
}
const ActivitySettingsSchema = standardView(validateActivitySettings);
function isAddActivitiesRequest(data) {
  return runCheck(checkAddActivitiesRequest, data);
}
function validateAddActivitiesRequest(data, options) {
  return runValidation(checkAddActivitiesRequest, collectAddActivitiesRequest, data, options);
}
const AddActivitiesRequestSchema = standardView(validateAddActivitiesRequest);
function isAddActivitiesResponse(data) {
  return runCheck(checkAddActivitiesResponse, data);
}
function validateAddActivitiesResponse(data, options) {
  return runValidation(checkAddActivitiesResponse, collectAddActivitiesResponse, data, options);
}
const AddActivitiesResponseSchema = standardView(validateAddActivitiesResponse);
function isBatchRequest(data) {
  return runCheck(checkBatchRequest, data);
}
function validateBatchRequest(data, options) {
  return runValidation(checkBatchRequest, collectBatchRequest, data, options);
}
const BatchRequestSchema = standardView(validateBatchRequest);
function isBatchRequestStep(data) {
  return runCheck(checkBatchRequestStep, data);
}
function validateBatchRequestStep(data, options) {
  return runValidation(checkBatchRequestStep, collectBatchRequestStep, data, options);
}
const BatchRequestStepSchema = standardView(validateBatchRequestStep);
function isBatchResponse(data) {
  return runCheck(checkBatchResponse, data);
}
function validateBatchResponse(data, options) {
  return runValidation(checkBatchResponse, collectBatchResponse, data, options);
}
const BatchResponseSchema = standardView(validateBatchResponse);
function isBatchResponseStep(data) {
  return runCheck(checkBatchResponseStep, data);
}
function validateBatchResponseStep(data, options) {
  return runValidation(checkBatchResponseStep, collectBatchResponseStep, data, options);
}
const BatchResponseStepSchema = standardView(validateBatchResponseStep);
function isBinaryOperator(data) {
  return runCheck(checkBinaryOperator, data);
}
function validateBinaryOperator(data, options) {
  return runValidation(checkBinaryOperator, collectBinaryOperator, data, options);
}
const BinaryOperatorSchema = standardView(validateBinaryOperator);
function isComplianceSettings(data) {
  return runCheck(checkComplianceSettings, data);
}
function validateComplianceSettings(data, options) {
  return runValidation(checkComplianceSettings, collectComplianceSettings, data, options);
}
const ComplianceSettingsSchema = standardView(validateComplianceSettings);
function isConfiguration(data) {
  return runCheck(checkConfiguration, data);
}
function validateConfiguration(data, options) {
  return runValidation(checkConfiguration, collectConfiguration, data, options);
}
const ConfigurationSchema = standardView(validateConfiguration);
function isConnectionId(data) {
  return runCheck(checkConnectionId, data);
}
function validateConnectionId(data, options) {
  return runValidation(checkConnectionId, collectConnectionId, data, options);
}
const ConnectionIdSchema = standardView(validateConnectionId);
function isConnectionOperation(data) {
  return runCheck(checkConnectionOperation, data);
}
function validateConnectionOperation(data, options) {
  return runValidation(checkConnectionOperation, collectConnectionOperation, data, options);
}
const ConnectionOperationSchema = standardView(validateConnectionOperation);
function isConnectionOperationStatus(data) {
  return runCheck(checkConnectionOperationStatus, data);
}
function validateConnectionOperationStatus(data, options) {
  return runValidation(checkConnectionOperationStatus, collectConnectionOperationStatus, data, options);
}
const ConnectionOperationStatusSchema = standardView(validateConnectionOperationStatus);
function isConnectionQuota(data) {
  return runCheck(checkConnectionQuota, data);
}
function validateConnectionQuota(data, options) {
  return runValidation(checkConnectionQuota, collectConnectionQuota, data, options);
}
const ConnectionQuotaSchema = standardView(validateConnectionQuota);
function isConnectionState(data) {
  return runCheck(checkConnectionState, data);
}
function validateConnectionState(data, options) {
  return runValidation(checkConnectionState, collectConnectionState, data, options);
}
const ConnectionStateSchema = standardView(validateConnectionState);
function isConnector(data) {
  return runCheck(checkConnector, data);
}
function validateConnector(data, options) {
  return runValidation(checkConnector, collectConnector, data, options);
}
const ConnectorSchema = standardView(validateConnector);
function isConnectorCreate(data) {
  return runCheck(checkConnectorCreate, data);
}
function validateConnectorCreate(data, options) {
  return runValidation(checkConnectorCreate, collectConnectorCreate, data, options);
}
const ConnectorCreateSchema = standardView(validateConnectorCreate);
function isConnectorStatus(data) {
  return runCheck(checkConnectorStatus, data);
}
function validateConnectorStatus(data, options) {
  return runValidation(checkConnectorStatus, collectConnectorStatus, data, options);
}
const ConnectorStatusSchema = standardView(validateConnectorStatus);
function isContentCategory(data) {
  return runCheck(checkContentCategory, data);
}
function validateContentCategory(data, options) {
  return runValidation(checkContentCategory, collectContentCategory, data, options);
}
const ContentCategorySchema = standardView(validateContentCategory);
function isContentExperienceType(data) {
  return runCheck(checkContentExperienceType, data);
}
function validateContentExperienceType(data, options) {
  return runValidation(checkContentExperienceType, collectContentExperienceType, data, options);
}
const ContentExperienceTypeSchema = standardView(validateContentExperienceType);
function isDisplayTemplate(data) {
  return runCheck(checkDisplayTemplate, data);
}
function validateDisplayTemplate(data, options) {
  return runValidation(checkDisplayTemplate, collectDisplayTemplate, data, options);
}
const DisplayTemplateSchema = standardView(validateDisplayTemplate);
function isEntity(data) {
  return runCheck(checkEntity, data);
}
function validateEntity(data, options) {
  return runValidation(checkEntity, collectEntity, data, options);
}
const EntitySchema = standardView(validateEntity);
function isErrorDetails(data) {
  return runCheck(checkErrorDetails, data);
}
function validateErrorDetails(data, options) {
  return runValidation(checkErrorDetails, collectErrorDetails, data, options);
}
const ErrorDetailsSchema = standardView(validateErrorDetails);
function isExternalActivity(data) {
  return runCheck(checkExternalActivity, data);
}
function validateExternalActivity(data, options) {
  return runValidation(checkExternalActivity, collectExternalActivity, data, options);
}
const ExternalActivitySchema = standardView(validateExternalActivity);
function isExternalActivityResult(data) {
  return runCheck(checkExternalActivityResult, data);
}
function validateExternalActivityResult(data, options) {
  return runValidation(checkExternalActivityResult, collectExternalActivityResult, data, options);
}
const ExternalActivityResultSchema = standardView(validateExternalActivityResult);
function isExternalActivityType(data) {
  return runCheck(checkExternalActivityType, data);
}
function validateExternalActivityType(data, options) {
  return runValidation(checkExternalActivityType, collectExternalActivityType, data, options);
}
const ExternalActivityTypeSchema = standardView(validateExternalActivityType);
function isExternalConnection(data) {
  return runCheck(checkExternalConnection, data);
}
function validateExternalConnection(data, options) {
  return runValidation(checkExternalConnection, collectExternalConnection, data, options);
}
const ExternalConnectionSchema = standardView(validateExternalConnection);
function isExternalConnectionCollectionResponse(data) {
  return runCheck(checkExternalConnectionCollectionResponse, data);
}
function validateExternalConnectionCollectionResponse(data, options) {
  return runValidation(checkExternalConnectionCollectionResponse, collectExternalConnectionCollectionResponse, data, options);
}
const ExternalConnectionCollectionResponseSchema = standardView(validateExternalConnectionCollectionResponse);
function isExternalConnectionCreate(data) {
  return runCheck(checkExternalConnectionCreate, data);
}
function validateExternalConnectionCreate(data, options) {
  return runValidation(checkExternalConnectionCreate, collectExternalConnectionCreate, data, options);
}
const ExternalConnectionCreateSchema = standardView(validateExternalConnectionCreate);
function isExternalConnectionUpdate(data) {
  return runCheck(checkExternalConnectionUpdate, data);
}
function validateExternalConnectionUpdate(data, options) {
  return runValidation(checkExternalConnectionUpdate, collectExternalConnectionUpdate, data, options);
}
const ExternalConnectionUpdateSchema = standardView(validateExternalConnectionUpdate);
function isExternalGroup(data) {
  return runCheck(checkExternalGroup, data);
}
function validateExternalGroup(data, options) {
  return runValidation(checkExternalGroup, collectExternalGroup, data, options);
}
const ExternalGroupSchema = standardView(validateExternalGroup);
function isExternalGroupCreate(data) {
  return runCheck(checkExternalGroupCreate, data);
}
function validateExternalGroupCreate(data, options) {
  return runValidation(checkExternalGroupCreate, collectExternalGroupCreate, data, options);
}
const ExternalGroupCreateSchema = standardView(validateExternalGroupCreate);
function isExternalGroupUpdate(data) {
  return runCheck(checkExternalGroupUpdate, data);
}
function validateExternalGroupUpdate(data, options) {
  return runValidation(checkExternalGroupUpdate, collectExternalGroupUpdate, data, options);
}
const ExternalGroupUpdateSchema = standardView(validateExternalGroupUpdate);
function isExternalItem(data) {
  return runCheck(checkExternalItem, data);
}
function validateExternalItem(data, options) {
  return runValidation(checkExternalItem, collectExternalItem, data, options);
}
const ExternalItemSchema = standardView(validateExternalItem);
function isExternalItemContent(data) {
  return runCheck(checkExternalItemContent, data);
}
function validateExternalItemContent(data, options) {
  return runValidation(checkExternalItemContent, collectExternalItemContent, data, options);
}
const ExternalItemContentSchema = standardView(validateExternalItemContent);
function isExternalItemContentType(data) {
  return runCheck(checkExternalItemContentType, data);
}
function validateExternalItemContentType(data, options) {
  return runValidation(checkExternalItemContentType, collectExternalItemContentType, data, options);
}
const ExternalItemContentTypeSchema = standardView(validateExternalItemContentType);
function isIdentity(data) {
  return runCheck(checkIdentity, data);
}
function validateIdentity(data, options) {
  return runValidation(checkIdentity, collectIdentity, data, options);
}
const IdentitySchema = standardView(validateIdentity);
function isIdentitySourceType(data) {
  return runCheck(checkIdentitySourceType, data);
}
function validateIdentitySourceType(data, options) {
  return runValidation(checkIdentitySourceType, collectIdentitySourceType, data, options);
}
const IdentitySourceTypeSchema = standardView(validateIdentitySourceType);
function isIdentityType(data) {
  return runCheck(checkIdentityType, data);
}
function validateIdentityType(data, options) {
  return runValidation(checkIdentityType, collectIdentityType, data, options);
}
const IdentityTypeSchema = standardView(validateIdentityType);
function isImportanceScore(data) {
  return runCheck(checkImportanceScore, data);
}
function validateImportanceScore(data, options) {
  return runValidation(checkImportanceScore, collectImportanceScore, data, options);
}
const ImportanceScoreSchema = standardView(validateImportanceScore);
function isInformationProtectionLabel(data) {
  return runCheck(checkInformationProtectionLabel, data);
}
function validateInformationProtectionLabel(data, options) {
  return runValidation(checkInformationProtectionLabel, collectInformationProtectionLabel, data, options);
}
const InformationProtectionLabelSchema = standardView(validateInformationProtectionLabel);
function isInnerError(data) {
  return runCheck(checkInnerError, data);
}
function validateInnerError(data, options) {
  return runValidation(checkInnerError, collectInnerError, data, options);
}
const InnerErrorSchema = standardView(validateInnerError);
function isItemIdResolver(data) {
  return runCheck(checkItemIdResolver, data);
}
function validateItemIdResolver(data, options) {
  return runValidation(checkItemIdResolver, collectItemIdResolver, data, options);
}
const ItemIdResolverSchema = standardView(validateItemIdResolver);
function isLabel(data) {
  return runCheck(checkLabel, data);
}
function validateLabel(data, options) {
  return runValidation(checkLabel, collectLabel, data, options);
}
const LabelSchema = standardView(validateLabel);
function isLegacyExternalConnection(data) {
  return runCheck(checkLegacyExternalConnection, data);
}
function validateLegacyExternalConnection(data, options) {
  return runValidation(checkLegacyExternalConnection, collectLegacyExternalConnection, data, options);
}
const LegacyExternalConnectionSchema = standardView(validateLegacyExternalConnection);
function isLegacyExternalConnectionCreate(data) {
  return runCheck(checkLegacyExternalConnectionCreate, data);
}
function validateLegacyExternalConnectionCreate(data, options) {
  return runValidation(checkLegacyExternalConnectionCreate, collectLegacyExternalConnectionCreate, data, options);
}
const LegacyExternalConnectionCreateSchema = standardView(validateLegacyExternalConnectionCreate);
function isMainError(data) {
  return runCheck(checkMainError, data);
}
function validateMainError(data, options) {
  return runValidation(checkMainError, collectMainError, data, options);
}
const MainErrorSchema = standardView(validateMainError);
function isOdataError(data) {
  return runCheck(checkOdataError, data);
}
function validateOdataError(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const OdataErrorSchema = standardView(validateOdataError);
function isPrincipal(data) {
  return runCheck(checkPrincipal, data);
}
function validatePrincipal(data, options) {
  return runValidation(checkPrincipal, collectPrincipal, data, options);
}
const PrincipalSchema = standardView(validatePrincipal);
function isProperties(data) {
  return runCheck(checkProperties, data);
}
function validateProperties(data, options) {
  return runValidation(checkProperties, collectProperties, data, options);
}
const PropertiesSchema = standardView(validateProperties);
function isProperty(data) {
  return runCheck(checkProperty, data);
}
function validateProperty(data, options) {
  return runValidation(checkProperty, collectProperty, data, options);
}
const PropertySchema = standardView(validateProperty);
function isPropertyRule(data) {
  return runCheck(checkPropertyRule, data);
}
function validatePropertyRule(data, options) {
  return runValidation(checkPropertyRule, collectPropertyRule, data, options);
}
const PropertyRuleSchema = standardView(validatePropertyRule);
function isPropertyType(data) {
  return runCheck(checkPropertyType, data);
}
function validatePropertyType(data, options) {
  return runValidation(checkPropertyType, collectPropertyType, data, options);
}
const PropertyTypeSchema = standardView(validatePropertyType);
function isPublicError(data) {
  return runCheck(checkPublicError, data);
}
function validatePublicError(data, options) {
  return runValidation(checkPublicError, collectPublicError, data, options);
}
const PublicErrorSchema = standardView(validatePublicError);
function isPublicErrorDetail(data) {
  return runCheck(checkPublicErrorDetail, data);
}
function validatePublicErrorDetail(data, options) {
  return runValidation(checkPublicErrorDetail, collectPublicErrorDetail, data, options);
}
const PublicErrorDetailSchema = standardView(validatePublicErrorDetail);
function isPublicInnerError(data) {
  return runCheck(checkPublicInnerError, data);
}
function validatePublicInnerError(data, options) {
  return runValidation(checkPublicInnerError, collectPublicInnerError, data, options);
}
const PublicInnerErrorSchema = standardView(validatePublicInnerError);
function isRankingHint(data) {
  return runCheck(checkRankingHint, data);
}
function validateRankingHint(data, options) {
  return runValidation(checkRankingHint, collectRankingHint, data, options);
}
const RankingHintSchema = standardView(validateRankingHint);
function isRuleOperation(data) {
  return runCheck(checkRuleOperation, data);
}
function validateRuleOperation(data, options) {
  return runValidation(checkRuleOperation, collectRuleOperation, data, options);
}
const RuleOperationSchema = standardView(validateRuleOperation);
function isSchema(data) {
  return runCheck(checkSchema, data);
}
function validateSchema(data, options) {
  return runValidation(checkSchema, collectSchema, data, options);
}
const SchemaSchema = standardView(validateSchema);
function isSearchSettings(data) {
  return runCheck(checkSearchSettings, data);
}
function validateSearchSettings(data, options) {
  return runValidation(checkSearchSettings, collectSearchSettings, data, options);
}
const SearchSettingsSchema = standardView(validateSearchSettings);
function isUrlMatchInfo(data) {
  return runCheck(checkUrlMatchInfo, data);
}
function validateUrlMatchInfo(data, options) {
  return runValidation(checkUrlMatchInfo, collectUrlMatchInfo, data, options);
}
const UrlMatchInfoSchema = standardView(validateUrlMatchInfo);
function isUrlToItemResolverBase(data) {
  return runCheck(checkUrlToItemResolverBase, data);
}
function validateUrlToItemResolverBase(data, options) {
  return runValidation(checkUrlToItemResolverBase, collectUrlToItemResolverBase, data, options);
}
const UrlToItemResolverBaseSchema = standardView(validateUrlToItemResolverBase);
function isListConnectionsQueryParameters(data) {
  return runCheck(checkListConnectionsQueryParameters, data);
}
function validateListConnectionsQueryParameters(data, options) {
  return runValidation(checkListConnectionsQueryParameters, collectListConnectionsQueryParameters, data, options, "#/x-specgen-parameter-objects/ListConnectionsQueryParameters");
}
const ListConnectionsQueryParametersSchema = standardView(validateListConnectionsQueryParameters);
function isListConnectionsHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateListConnectionsHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/ListConnectionsHeaderParameters");
}
const ListConnectionsHeaderParametersSchema = standardView(validateListConnectionsHeaderParameters);
function isListConnectionsResponse200(data) {
  return runCheck(checkExternalConnectionCollectionResponse, data);
}
function validateListConnectionsResponse200(data, options) {
  return runValidation(checkExternalConnectionCollectionResponse, collectExternalConnectionCollectionResponse, data, options);
}
const ListConnectionsResponse200Schema = standardView(validateListConnectionsResponse200);
function isListConnectionsResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateListConnectionsResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const ListConnectionsResponse400Schema = standardView(validateListConnectionsResponse400);
function isListConnectionsResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateListConnectionsResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const ListConnectionsResponse401Schema = standardView(validateListConnectionsResponse401);
function isListConnectionsResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateListConnectionsResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const ListConnectionsResponse403Schema = standardView(validateListConnectionsResponse403);
function isListConnectionsResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateListConnectionsResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const ListConnectionsResponse429Schema = standardView(validateListConnectionsResponse429);
function isListConnectionsResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateListConnectionsResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const ListConnectionsResponse503Schema = standardView(validateListConnectionsResponse503);
function isCreateConnectionHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateCreateConnectionHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/CreateConnectionHeaderParameters");
}
const CreateConnectionHeaderParametersSchema = standardView(validateCreateConnectionHeaderParameters);
function isCreateConnectionRequestBody(data) {
  return runCheck(checkExternalConnectionCreateForRequest, data);
}
function validateCreateConnectionRequestBody(data, options) {
  return runValidation(checkExternalConnectionCreateForRequest, collectExternalConnectionCreateForRequest, data, options);
}
const CreateConnectionRequestBodySchema = standardView(validateCreateConnectionRequestBody);
function isCreateConnectionResponse201(data) {
  return runCheck(checkExternalConnection, data);
}
function validateCreateConnectionResponse201(data, options) {
  return runValidation(checkExternalConnection, collectExternalConnection, data, options);
}
const CreateConnectionResponse201Schema = standardView(validateCreateConnectionResponse201);
function isCreateConnectionResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionResponse400Schema = standardView(validateCreateConnectionResponse400);
function isCreateConnectionResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionResponse401Schema = standardView(validateCreateConnectionResponse401);
function isCreateConnectionResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionResponse403Schema = standardView(validateCreateConnectionResponse403);
function isCreateConnectionResponse409(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionResponse409(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionResponse409Schema = standardView(validateCreateConnectionResponse409);
function isCreateConnectionResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionResponse429Schema = standardView(validateCreateConnectionResponse429);
function isCreateConnectionResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionResponse503Schema = standardView(validateCreateConnectionResponse503);
function isGetConnectionPathParameters(data) {
  return runCheck(checkGetConnectionPathParameters, data);
}
function validateGetConnectionPathParameters(data, options) {
  return runValidation(checkGetConnectionPathParameters, collectGetConnectionPathParameters, data, options, "#/x-specgen-parameter-objects/GetConnectionPathParameters");
}
const GetConnectionPathParametersSchema = standardView(validateGetConnectionPathParameters);
function isGetConnectionQueryParameters(data) {
  return runCheck(checkListConnectionsQueryParameters, data);
}
function validateGetConnectionQueryParameters(data, options) {
  return runValidation(checkListConnectionsQueryParameters, collectListConnectionsQueryParameters, data, options, "#/x-specgen-parameter-objects/GetConnectionQueryParameters");
}
const GetConnectionQueryParametersSchema = standardView(validateGetConnectionQueryParameters);
function isGetConnectionHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateGetConnectionHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/GetConnectionHeaderParameters");
}
const GetConnectionHeaderParametersSchema = standardView(validateGetConnectionHeaderParameters);
function isGetConnectionResponse200(data) {
  return runCheck(checkExternalConnection, data);
}
function validateGetConnectionResponse200(data, options) {
  return runValidation(checkExternalConnection, collectExternalConnection, data, options);
}
const GetConnectionResponse200Schema = standardView(validateGetConnectionResponse200);
function isGetConnectionResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionResponse400Schema = standardView(validateGetConnectionResponse400);
function isGetConnectionResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionResponse401Schema = standardView(validateGetConnectionResponse401);
function isGetConnectionResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionResponse403Schema = standardView(validateGetConnectionResponse403);
function isGetConnectionResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionResponse404Schema = standardView(validateGetConnectionResponse404);
function isGetConnectionResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionResponse429Schema = standardView(validateGetConnectionResponse429);
function isGetConnectionResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionResponse503Schema = standardView(validateGetConnectionResponse503);
function isDeleteConnectionPathParameters(data) {
  return runCheck(checkGetConnectionPathParameters, data);
}
function validateDeleteConnectionPathParameters(data, options) {
  return runValidation(checkGetConnectionPathParameters, collectGetConnectionPathParameters, data, options, "#/x-specgen-parameter-objects/DeleteConnectionPathParameters");
}
const DeleteConnectionPathParametersSchema = standardView(validateDeleteConnectionPathParameters);
function isDeleteConnectionHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateDeleteConnectionHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/DeleteConnectionHeaderParameters");
}
const DeleteConnectionHeaderParametersSchema = standardView(validateDeleteConnectionHeaderParameters);
function isDeleteConnectionResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteConnectionResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteConnectionResponse400Schema = standardView(validateDeleteConnectionResponse400);
function isDeleteConnectionResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteConnectionResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteConnectionResponse401Schema = standardView(validateDeleteConnectionResponse401);
function isDeleteConnectionResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteConnectionResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteConnectionResponse403Schema = standardView(validateDeleteConnectionResponse403);
function isDeleteConnectionResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteConnectionResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteConnectionResponse404Schema = standardView(validateDeleteConnectionResponse404);
function isDeleteConnectionResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteConnectionResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteConnectionResponse429Schema = standardView(validateDeleteConnectionResponse429);
function isDeleteConnectionResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteConnectionResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteConnectionResponse503Schema = standardView(validateDeleteConnectionResponse503);
function isUpdateConnectionPathParameters(data) {
  return runCheck(checkGetConnectionPathParameters, data);
}
function validateUpdateConnectionPathParameters(data, options) {
  return runValidation(checkGetConnectionPathParameters, collectGetConnectionPathParameters, data, options, "#/x-specgen-parameter-objects/UpdateConnectionPathParameters");
}
const UpdateConnectionPathParametersSchema = standardView(validateUpdateConnectionPathParameters);
function isUpdateConnectionHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateUpdateConnectionHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/UpdateConnectionHeaderParameters");
}
const UpdateConnectionHeaderParametersSchema = standardView(validateUpdateConnectionHeaderParameters);
function isUpdateConnectionRequestBody(data) {
  return runCheck(checkExternalConnectionUpdate, data);
}
function validateUpdateConnectionRequestBody(data, options) {
  return runValidation(checkExternalConnectionUpdate, collectExternalConnectionUpdate, data, options);
}
const UpdateConnectionRequestBodySchema = standardView(validateUpdateConnectionRequestBody);
function isUpdateConnectionResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateConnectionResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateConnectionResponse400Schema = standardView(validateUpdateConnectionResponse400);
function isUpdateConnectionResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateConnectionResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateConnectionResponse401Schema = standardView(validateUpdateConnectionResponse401);
function isUpdateConnectionResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateConnectionResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateConnectionResponse403Schema = standardView(validateUpdateConnectionResponse403);
function isUpdateConnectionResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateConnectionResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateConnectionResponse404Schema = standardView(validateUpdateConnectionResponse404);
function isUpdateConnectionResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateConnectionResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateConnectionResponse429Schema = standardView(validateUpdateConnectionResponse429);
function isUpdateConnectionResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateConnectionResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateConnectionResponse503Schema = standardView(validateUpdateConnectionResponse503);
function isGetSchemaPathParameters(data) {
  return runCheck(checkGetConnectionPathParameters, data);
}
function validateGetSchemaPathParameters(data, options) {
  return runValidation(checkGetConnectionPathParameters, collectGetConnectionPathParameters, data, options, "#/x-specgen-parameter-objects/GetSchemaPathParameters");
}
const GetSchemaPathParametersSchema = standardView(validateGetSchemaPathParameters);
function isGetSchemaHeaderParameters(data) {
  return runCheck(checkGetSchemaHeaderParameters, data);
}
function validateGetSchemaHeaderParameters(data, options) {
  return runValidation(checkGetSchemaHeaderParameters, collectGetSchemaHeaderParameters, data, options, "#/x-specgen-parameter-objects/GetSchemaHeaderParameters");
}
const GetSchemaHeaderParametersSchema = standardView(validateGetSchemaHeaderParameters);
function isGetSchemaResponse200(data) {
  return runCheck(checkSchema, data);
}
function validateGetSchemaResponse200(data, options) {
  return runValidation(checkSchema, collectSchema, data, options);
}
const GetSchemaResponse200Schema = standardView(validateGetSchemaResponse200);
function isGetSchemaResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateGetSchemaResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetSchemaResponse400Schema = standardView(validateGetSchemaResponse400);
function isGetSchemaResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateGetSchemaResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetSchemaResponse401Schema = standardView(validateGetSchemaResponse401);
function isGetSchemaResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateGetSchemaResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetSchemaResponse403Schema = standardView(validateGetSchemaResponse403);
function isGetSchemaResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateGetSchemaResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetSchemaResponse404Schema = standardView(validateGetSchemaResponse404);
function isGetSchemaResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateGetSchemaResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetSchemaResponse429Schema = standardView(validateGetSchemaResponse429);
function isGetSchemaResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateGetSchemaResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetSchemaResponse503Schema = standardView(validateGetSchemaResponse503);
function isRegisterSchemaPathParameters(data) {
  return runCheck(checkGetConnectionPathParameters, data);
}
function validateRegisterSchemaPathParameters(data, options) {
  return runValidation(checkGetConnectionPathParameters, collectGetConnectionPathParameters, data, options, "#/x-specgen-parameter-objects/RegisterSchemaPathParameters");
}
const RegisterSchemaPathParametersSchema = standardView(validateRegisterSchemaPathParameters);
function isRegisterSchemaHeaderParameters(data) {
  return runCheck(checkRegisterSchemaHeaderParameters, data);
}
function validateRegisterSchemaHeaderParameters(data, options) {
  return runValidation(checkRegisterSchemaHeaderParameters, collectRegisterSchemaHeaderParameters, data, options, "#/x-specgen-parameter-objects/RegisterSchemaHeaderParameters");
}
const RegisterSchemaHeaderParametersSchema = standardView(validateRegisterSchemaHeaderParameters);
function isRegisterSchemaRequestBody(data) {
  return runCheck(checkSchemaForRequest, data);
}
function validateRegisterSchemaRequestBody(data, options) {
  return runValidation(checkSchemaForRequest, collectSchemaForRequest, data, options);
}
const RegisterSchemaRequestBodySchema = standardView(validateRegisterSchemaRequestBody);
function isRegisterSchemaResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateRegisterSchemaResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RegisterSchemaResponse400Schema = standardView(validateRegisterSchemaResponse400);
function isRegisterSchemaResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateRegisterSchemaResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RegisterSchemaResponse401Schema = standardView(validateRegisterSchemaResponse401);
function isRegisterSchemaResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateRegisterSchemaResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RegisterSchemaResponse403Schema = standardView(validateRegisterSchemaResponse403);
function isRegisterSchemaResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateRegisterSchemaResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RegisterSchemaResponse404Schema = standardView(validateRegisterSchemaResponse404);
function isRegisterSchemaResponse409(data) {
  return runCheck(checkOdataError, data);
}
function validateRegisterSchemaResponse409(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RegisterSchemaResponse409Schema = standardView(validateRegisterSchemaResponse409);
function isRegisterSchemaResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateRegisterSchemaResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RegisterSchemaResponse429Schema = standardView(validateRegisterSchemaResponse429);
function isRegisterSchemaResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateRegisterSchemaResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RegisterSchemaResponse503Schema = standardView(validateRegisterSchemaResponse503);
function isCreateConnectionOperationPathParameters(data) {
  return runCheck(checkGetConnectionPathParameters, data);
}
function validateCreateConnectionOperationPathParameters(data, options) {
  return runValidation(checkGetConnectionPathParameters, collectGetConnectionPathParameters, data, options, "#/x-specgen-parameter-objects/CreateConnectionOperationPathParameters");
}
const CreateConnectionOperationPathParametersSchema = standardView(validateCreateConnectionOperationPathParameters);
function isCreateConnectionOperationHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateCreateConnectionOperationHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/CreateConnectionOperationHeaderParameters");
}
const CreateConnectionOperationHeaderParametersSchema = standardView(validateCreateConnectionOperationHeaderParameters);
function isCreateConnectionOperationRequestBody(data) {
  return runCheck(checkConnectionOperationForRequest, data);
}
function validateCreateConnectionOperationRequestBody(data, options) {
  return runValidation(checkConnectionOperationForRequest, collectConnectionOperationForRequest, data, options);
}
const CreateConnectionOperationRequestBodySchema = standardView(validateCreateConnectionOperationRequestBody);
function isCreateConnectionOperationResponse201(data) {
  return runCheck(checkConnectionOperation, data);
}
function validateCreateConnectionOperationResponse201(data, options) {
  return runValidation(checkConnectionOperation, collectConnectionOperation, data, options);
}
const CreateConnectionOperationResponse201Schema = standardView(validateCreateConnectionOperationResponse201);
function isCreateConnectionOperationResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionOperationResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionOperationResponse400Schema = standardView(validateCreateConnectionOperationResponse400);
function isCreateConnectionOperationResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionOperationResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionOperationResponse401Schema = standardView(validateCreateConnectionOperationResponse401);
function isCreateConnectionOperationResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionOperationResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionOperationResponse403Schema = standardView(validateCreateConnectionOperationResponse403);
function isCreateConnectionOperationResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionOperationResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionOperationResponse404Schema = standardView(validateCreateConnectionOperationResponse404);
function isCreateConnectionOperationResponse409(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionOperationResponse409(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionOperationResponse409Schema = standardView(validateCreateConnectionOperationResponse409);
function isCreateConnectionOperationResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionOperationResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionOperationResponse429Schema = standardView(validateCreateConnectionOperationResponse429);
function isCreateConnectionOperationResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionOperationResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionOperationResponse503Schema = standardView(validateCreateConnectionOperationResponse503);
function isGetConnectionOperationPathParameters(data) {
  return runCheck(checkGetConnectionOperationPathParameters, data);
}
function validateGetConnectionOperationPathParameters(data, options) {
  return runValidation(checkGetConnectionOperationPathParameters, collectGetConnectionOperationPathParameters, data, options, "#/x-specgen-parameter-objects/GetConnectionOperationPathParameters");
}
const GetConnectionOperationPathParametersSchema = standardView(validateGetConnectionOperationPathParameters);
function isGetConnectionOperationQueryParameters(data) {
  return runCheck(checkListConnectionsQueryParameters, data);
}
function validateGetConnectionOperationQueryParameters(data, options) {
  return runValidation(checkListConnectionsQueryParameters, collectListConnectionsQueryParameters, data, options, "#/x-specgen-parameter-objects/GetConnectionOperationQueryParameters");
}
const GetConnectionOperationQueryParametersSchema = standardView(validateGetConnectionOperationQueryParameters);
function isGetConnectionOperationHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateGetConnectionOperationHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/GetConnectionOperationHeaderParameters");
}
const GetConnectionOperationHeaderParametersSchema = standardView(validateGetConnectionOperationHeaderParameters);
function isGetConnectionOperationResponse200(data) {
  return runCheck(checkConnectionOperation, data);
}
function validateGetConnectionOperationResponse200(data, options) {
  return runValidation(checkConnectionOperation, collectConnectionOperation, data, options);
}
const GetConnectionOperationResponse200Schema = standardView(validateGetConnectionOperationResponse200);
function isGetConnectionOperationResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionOperationResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionOperationResponse400Schema = standardView(validateGetConnectionOperationResponse400);
function isGetConnectionOperationResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionOperationResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionOperationResponse401Schema = standardView(validateGetConnectionOperationResponse401);
function isGetConnectionOperationResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionOperationResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionOperationResponse403Schema = standardView(validateGetConnectionOperationResponse403);
function isGetConnectionOperationResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionOperationResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionOperationResponse404Schema = standardView(validateGetConnectionOperationResponse404);
function isGetConnectionOperationResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionOperationResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionOperationResponse429Schema = standardView(validateGetConnectionOperationResponse429);
function isGetConnectionOperationResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateGetConnectionOperationResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetConnectionOperationResponse503Schema = standardView(validateGetConnectionOperationResponse503);
function isGetItemPathParameters(data) {
  return runCheck(checkGetItemPathParameters, data);
}
function validateGetItemPathParameters(data, options) {
  return runValidation(checkGetItemPathParameters, collectGetItemPathParameters, data, options, "#/x-specgen-parameter-objects/GetItemPathParameters");
}
const GetItemPathParametersSchema = standardView(validateGetItemPathParameters);
function isGetItemHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateGetItemHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/GetItemHeaderParameters");
}
const GetItemHeaderParametersSchema = standardView(validateGetItemHeaderParameters);
function isGetItemResponse200(data) {
  return runCheck(checkExternalItem, data);
}
function validateGetItemResponse200(data, options) {
  return runValidation(checkExternalItem, collectExternalItem, data, options);
}
const GetItemResponse200Schema = standardView(validateGetItemResponse200);
function isGetItemResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateGetItemResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetItemResponse400Schema = standardView(validateGetItemResponse400);
function isGetItemResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateGetItemResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetItemResponse401Schema = standardView(validateGetItemResponse401);
function isGetItemResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateGetItemResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetItemResponse403Schema = standardView(validateGetItemResponse403);
function isGetItemResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateGetItemResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetItemResponse404Schema = standardView(validateGetItemResponse404);
function isGetItemResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateGetItemResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetItemResponse429Schema = standardView(validateGetItemResponse429);
function isGetItemResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateGetItemResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetItemResponse503Schema = standardView(validateGetItemResponse503);
function isPutItemPathParameters(data) {
  return runCheck(checkGetItemPathParameters, data);
}
function validatePutItemPathParameters(data, options) {
  return runValidation(checkGetItemPathParameters, collectGetItemPathParameters, data, options, "#/x-specgen-parameter-objects/PutItemPathParameters");
}
const PutItemPathParametersSchema = standardView(validatePutItemPathParameters);
function isPutItemHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validatePutItemHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/PutItemHeaderParameters");
}
const PutItemHeaderParametersSchema = standardView(validatePutItemHeaderParameters);
function isPutItemRequestBody(data) {
  return runCheck(checkExternalItemForRequest, data);
}
function validatePutItemRequestBody(data, options) {
  return runValidation(checkExternalItemForRequest, collectExternalItemForRequest, data, options);
}
const PutItemRequestBodySchema = standardView(validatePutItemRequestBody);
function isPutItemResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validatePutItemResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const PutItemResponse400Schema = standardView(validatePutItemResponse400);
function isPutItemResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validatePutItemResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const PutItemResponse401Schema = standardView(validatePutItemResponse401);
function isPutItemResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validatePutItemResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const PutItemResponse403Schema = standardView(validatePutItemResponse403);
function isPutItemResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validatePutItemResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const PutItemResponse404Schema = standardView(validatePutItemResponse404);
function isPutItemResponse409(data) {
  return runCheck(checkOdataError, data);
}
function validatePutItemResponse409(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const PutItemResponse409Schema = standardView(validatePutItemResponse409);
function isPutItemResponse413(data) {
  return runCheck(checkOdataError, data);
}
function validatePutItemResponse413(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const PutItemResponse413Schema = standardView(validatePutItemResponse413);
function isPutItemResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validatePutItemResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const PutItemResponse429Schema = standardView(validatePutItemResponse429);
function isPutItemResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validatePutItemResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const PutItemResponse503Schema = standardView(validatePutItemResponse503);
function isDeleteItemPathParameters(data) {
  return runCheck(checkGetItemPathParameters, data);
}
function validateDeleteItemPathParameters(data, options) {
  return runValidation(checkGetItemPathParameters, collectGetItemPathParameters, data, options, "#/x-specgen-parameter-objects/DeleteItemPathParameters");
}
const DeleteItemPathParametersSchema = standardView(validateDeleteItemPathParameters);
function isDeleteItemHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateDeleteItemHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/DeleteItemHeaderParameters");
}
const DeleteItemHeaderParametersSchema = standardView(validateDeleteItemHeaderParameters);
function isDeleteItemResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteItemResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteItemResponse400Schema = standardView(validateDeleteItemResponse400);
function isDeleteItemResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteItemResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteItemResponse401Schema = standardView(validateDeleteItemResponse401);
function isDeleteItemResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteItemResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteItemResponse403Schema = standardView(validateDeleteItemResponse403);
function isDeleteItemResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteItemResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteItemResponse404Schema = standardView(validateDeleteItemResponse404);
function isDeleteItemResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteItemResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteItemResponse429Schema = standardView(validateDeleteItemResponse429);
function isDeleteItemResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteItemResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteItemResponse503Schema = standardView(validateDeleteItemResponse503);
function isAddActivitiesPathParameters(data) {
  return runCheck(checkGetItemPathParameters, data);
}
function validateAddActivitiesPathParameters(data, options) {
  return runValidation(checkGetItemPathParameters, collectGetItemPathParameters, data, options, "#/x-specgen-parameter-objects/AddActivitiesPathParameters");
}
const AddActivitiesPathParametersSchema = standardView(validateAddActivitiesPathParameters);
function isAddActivitiesHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateAddActivitiesHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/AddActivitiesHeaderParameters");
}
const AddActivitiesHeaderParametersSchema = standardView(validateAddActivitiesHeaderParameters);
function isAddActivitiesRequestBody(data) {
  return runCheck(checkAddActivitiesRequestForRequest, data);
}
function validateAddActivitiesRequestBody(data, options) {
  return runValidation(checkAddActivitiesRequestForRequest, collectAddActivitiesRequestForRequest, data, options);
}
const AddActivitiesRequestBodySchema = standardView(validateAddActivitiesRequestBody);
function isAddActivitiesResponse200(data) {
  return runCheck(checkAddActivitiesResponse, data);
}
function validateAddActivitiesResponse200(data, options) {
  return runValidation(checkAddActivitiesResponse, collectAddActivitiesResponse, data, options);
}
const AddActivitiesResponse200Schema = standardView(validateAddActivitiesResponse200);
function isAddActivitiesResponse207(data) {
  return runCheck(checkAddActivitiesResponse, data);
}
function validateAddActivitiesResponse207(data, options) {
  return runValidation(checkAddActivitiesResponse, collectAddActivitiesResponse, data, options);
}
const AddActivitiesResponse207Schema = standardView(validateAddActivitiesResponse207);
function isAddActivitiesResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateAddActivitiesResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddActivitiesResponse400Schema = standardView(validateAddActivitiesResponse400);
function isAddActivitiesResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateAddActivitiesResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddActivitiesResponse401Schema = standardView(validateAddActivitiesResponse401);
function isAddActivitiesResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateAddActivitiesResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddActivitiesResponse403Schema = standardView(validateAddActivitiesResponse403);
function isAddActivitiesResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateAddActivitiesResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddActivitiesResponse404Schema = standardView(validateAddActivitiesResponse404);
function isAddActivitiesResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateAddActivitiesResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddActivitiesResponse429Schema = standardView(validateAddActivitiesResponse429);
function isAddActivitiesResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateAddActivitiesResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddActivitiesResponse503Schema = standardView(validateAddActivitiesResponse503);
function isCreateGroupPathParameters(data) {
  return runCheck(checkGetConnectionPathParameters, data);
}
function validateCreateGroupPathParameters(data, options) {
  return runValidation(checkGetConnectionPathParameters, collectGetConnectionPathParameters, data, options, "#/x-specgen-parameter-objects/CreateGroupPathParameters");
}
const CreateGroupPathParametersSchema = standardView(validateCreateGroupPathParameters);
function isCreateGroupHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateCreateGroupHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/CreateGroupHeaderParameters");
}
const CreateGroupHeaderParametersSchema = standardView(validateCreateGroupHeaderParameters);
function isCreateGroupRequestBody(data) {
  return runCheck(checkExternalGroupCreateForRequest, data);
}
function validateCreateGroupRequestBody(data, options) {
  return runValidation(checkExternalGroupCreateForRequest, collectExternalGroupCreateForRequest, data, options);
}
const CreateGroupRequestBodySchema = standardView(validateCreateGroupRequestBody);
function isCreateGroupResponse201(data) {
  return runCheck(checkExternalGroup, data);
}
function validateCreateGroupResponse201(data, options) {
  return runValidation(checkExternalGroup, collectExternalGroup, data, options);
}
const CreateGroupResponse201Schema = standardView(validateCreateGroupResponse201);
function isCreateGroupResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateGroupResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateGroupResponse400Schema = standardView(validateCreateGroupResponse400);
function isCreateGroupResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateGroupResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateGroupResponse401Schema = standardView(validateCreateGroupResponse401);
function isCreateGroupResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateGroupResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateGroupResponse403Schema = standardView(validateCreateGroupResponse403);
function isCreateGroupResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateGroupResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateGroupResponse404Schema = standardView(validateCreateGroupResponse404);
function isCreateGroupResponse409(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateGroupResponse409(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateGroupResponse409Schema = standardView(validateCreateGroupResponse409);
function isCreateGroupResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateGroupResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateGroupResponse429Schema = standardView(validateCreateGroupResponse429);
function isCreateGroupResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateGroupResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateGroupResponse503Schema = standardView(validateCreateGroupResponse503);
function isGetGroupPathParameters(data) {
  return runCheck(checkGetGroupPathParameters, data);
}
function validateGetGroupPathParameters(data, options) {
  return runValidation(checkGetGroupPathParameters, collectGetGroupPathParameters, data, options, "#/x-specgen-parameter-objects/GetGroupPathParameters");
}
const GetGroupPathParametersSchema = standardView(validateGetGroupPathParameters);
function isGetGroupHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateGetGroupHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/GetGroupHeaderParameters");
}
const GetGroupHeaderParametersSchema = standardView(validateGetGroupHeaderParameters);
function isGetGroupResponse200(data) {
  return runCheck(checkExternalGroup, data);
}
function validateGetGroupResponse200(data, options) {
  return runValidation(checkExternalGroup, collectExternalGroup, data, options);
}
const GetGroupResponse200Schema = standardView(validateGetGroupResponse200);
function isGetGroupResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateGetGroupResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetGroupResponse400Schema = standardView(validateGetGroupResponse400);
function isGetGroupResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateGetGroupResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetGroupResponse401Schema = standardView(validateGetGroupResponse401);
function isGetGroupResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateGetGroupResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetGroupResponse403Schema = standardView(validateGetGroupResponse403);
function isGetGroupResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateGetGroupResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetGroupResponse404Schema = standardView(validateGetGroupResponse404);
function isGetGroupResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateGetGroupResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetGroupResponse429Schema = standardView(validateGetGroupResponse429);
function isGetGroupResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateGetGroupResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetGroupResponse503Schema = standardView(validateGetGroupResponse503);
function isDeleteGroupPathParameters(data) {
  return runCheck(checkGetGroupPathParameters, data);
}
function validateDeleteGroupPathParameters(data, options) {
  return runValidation(checkGetGroupPathParameters, collectGetGroupPathParameters, data, options, "#/x-specgen-parameter-objects/DeleteGroupPathParameters");
}
const DeleteGroupPathParametersSchema = standardView(validateDeleteGroupPathParameters);
function isDeleteGroupHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateDeleteGroupHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/DeleteGroupHeaderParameters");
}
const DeleteGroupHeaderParametersSchema = standardView(validateDeleteGroupHeaderParameters);
function isDeleteGroupResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteGroupResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteGroupResponse400Schema = standardView(validateDeleteGroupResponse400);
function isDeleteGroupResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteGroupResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteGroupResponse401Schema = standardView(validateDeleteGroupResponse401);
function isDeleteGroupResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteGroupResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteGroupResponse403Schema = standardView(validateDeleteGroupResponse403);
function isDeleteGroupResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteGroupResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteGroupResponse404Schema = standardView(validateDeleteGroupResponse404);
function isDeleteGroupResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteGroupResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteGroupResponse429Schema = standardView(validateDeleteGroupResponse429);
function isDeleteGroupResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateDeleteGroupResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const DeleteGroupResponse503Schema = standardView(validateDeleteGroupResponse503);
function isUpdateGroupPathParameters(data) {
  return runCheck(checkGetGroupPathParameters, data);
}
function validateUpdateGroupPathParameters(data, options) {
  return runValidation(checkGetGroupPathParameters, collectGetGroupPathParameters, data, options, "#/x-specgen-parameter-objects/UpdateGroupPathParameters");
}
const UpdateGroupPathParametersSchema = standardView(validateUpdateGroupPathParameters);
function isUpdateGroupHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateUpdateGroupHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/UpdateGroupHeaderParameters");
}
const UpdateGroupHeaderParametersSchema = standardView(validateUpdateGroupHeaderParameters);
function isUpdateGroupRequestBody(data) {
  return runCheck(checkExternalGroupUpdate, data);
}
function validateUpdateGroupRequestBody(data, options) {
  return runValidation(checkExternalGroupUpdate, collectExternalGroupUpdate, data, options);
}
const UpdateGroupRequestBodySchema = standardView(validateUpdateGroupRequestBody);
function isUpdateGroupResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateGroupResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateGroupResponse400Schema = standardView(validateUpdateGroupResponse400);
function isUpdateGroupResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateGroupResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateGroupResponse401Schema = standardView(validateUpdateGroupResponse401);
function isUpdateGroupResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateGroupResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateGroupResponse403Schema = standardView(validateUpdateGroupResponse403);
function isUpdateGroupResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateGroupResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateGroupResponse404Schema = standardView(validateUpdateGroupResponse404);
function isUpdateGroupResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateGroupResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateGroupResponse429Schema = standardView(validateUpdateGroupResponse429);
function isUpdateGroupResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateUpdateGroupResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const UpdateGroupResponse503Schema = standardView(validateUpdateGroupResponse503);
function isAddGroupMemberPathParameters(data) {
  return runCheck(checkGetGroupPathParameters, data);
}
function validateAddGroupMemberPathParameters(data, options) {
  return runValidation(checkGetGroupPathParameters, collectGetGroupPathParameters, data, options, "#/x-specgen-parameter-objects/AddGroupMemberPathParameters");
}
const AddGroupMemberPathParametersSchema = standardView(validateAddGroupMemberPathParameters);
function isAddGroupMemberHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateAddGroupMemberHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/AddGroupMemberHeaderParameters");
}
const AddGroupMemberHeaderParametersSchema = standardView(validateAddGroupMemberHeaderParameters);
function isAddGroupMemberRequestBody(data) {
  return runCheck(checkIdentityForRequest, data);
}
function validateAddGroupMemberRequestBody(data, options) {
  return runValidation(checkIdentityForRequest, collectIdentityForRequest, data, options);
}
const AddGroupMemberRequestBodySchema = standardView(validateAddGroupMemberRequestBody);
function isAddGroupMemberResponse201(data) {
  return runCheck(checkIdentity, data);
}
function validateAddGroupMemberResponse201(data, options) {
  return runValidation(checkIdentity, collectIdentity, data, options);
}
const AddGroupMemberResponse201Schema = standardView(validateAddGroupMemberResponse201);
function isAddGroupMemberResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateAddGroupMemberResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddGroupMemberResponse400Schema = standardView(validateAddGroupMemberResponse400);
function isAddGroupMemberResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateAddGroupMemberResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddGroupMemberResponse401Schema = standardView(validateAddGroupMemberResponse401);
function isAddGroupMemberResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateAddGroupMemberResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddGroupMemberResponse403Schema = standardView(validateAddGroupMemberResponse403);
function isAddGroupMemberResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateAddGroupMemberResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddGroupMemberResponse404Schema = standardView(validateAddGroupMemberResponse404);
function isAddGroupMemberResponse409(data) {
  return runCheck(checkOdataError, data);
}
function validateAddGroupMemberResponse409(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddGroupMemberResponse409Schema = standardView(validateAddGroupMemberResponse409);
function isAddGroupMemberResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateAddGroupMemberResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddGroupMemberResponse429Schema = standardView(validateAddGroupMemberResponse429);
function isAddGroupMemberResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateAddGroupMemberResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const AddGroupMemberResponse503Schema = standardView(validateAddGroupMemberResponse503);
function isRemoveGroupMemberPathParameters(data) {
  return runCheck(checkRemoveGroupMemberPathParameters, data);
}
function validateRemoveGroupMemberPathParameters(data, options) {
  return runValidation(checkRemoveGroupMemberPathParameters, collectRemoveGroupMemberPathParameters, data, options, "#/x-specgen-parameter-objects/RemoveGroupMemberPathParameters");
}
const RemoveGroupMemberPathParametersSchema = standardView(validateRemoveGroupMemberPathParameters);
function isRemoveGroupMemberHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateRemoveGroupMemberHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/RemoveGroupMemberHeaderParameters");
}
const RemoveGroupMemberHeaderParametersSchema = standardView(validateRemoveGroupMemberHeaderParameters);
function isRemoveGroupMemberResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateRemoveGroupMemberResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RemoveGroupMemberResponse400Schema = standardView(validateRemoveGroupMemberResponse400);
function isRemoveGroupMemberResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateRemoveGroupMemberResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RemoveGroupMemberResponse401Schema = standardView(validateRemoveGroupMemberResponse401);
function isRemoveGroupMemberResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateRemoveGroupMemberResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RemoveGroupMemberResponse403Schema = standardView(validateRemoveGroupMemberResponse403);
function isRemoveGroupMemberResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateRemoveGroupMemberResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RemoveGroupMemberResponse404Schema = standardView(validateRemoveGroupMemberResponse404);
function isRemoveGroupMemberResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateRemoveGroupMemberResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RemoveGroupMemberResponse429Schema = standardView(validateRemoveGroupMemberResponse429);
function isRemoveGroupMemberResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateRemoveGroupMemberResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const RemoveGroupMemberResponse503Schema = standardView(validateRemoveGroupMemberResponse503);
function isGetQuotaPathParameters(data) {
  return runCheck(checkGetConnectionPathParameters, data);
}
function validateGetQuotaPathParameters(data, options) {
  return runValidation(checkGetConnectionPathParameters, collectGetConnectionPathParameters, data, options, "#/x-specgen-parameter-objects/GetQuotaPathParameters");
}
const GetQuotaPathParametersSchema = standardView(validateGetQuotaPathParameters);
function isGetQuotaQueryParameters(data) {
  return runCheck(checkListConnectionsQueryParameters, data);
}
function validateGetQuotaQueryParameters(data, options) {
  return runValidation(checkListConnectionsQueryParameters, collectListConnectionsQueryParameters, data, options, "#/x-specgen-parameter-objects/GetQuotaQueryParameters");
}
const GetQuotaQueryParametersSchema = standardView(validateGetQuotaQueryParameters);
function isGetQuotaHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateGetQuotaHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/GetQuotaHeaderParameters");
}
const GetQuotaHeaderParametersSchema = standardView(validateGetQuotaHeaderParameters);
function isGetQuotaResponse200(data) {
  return runCheck(checkConnectionQuota, data);
}
function validateGetQuotaResponse200(data, options) {
  return runValidation(checkConnectionQuota, collectConnectionQuota, data, options);
}
const GetQuotaResponse200Schema = standardView(validateGetQuotaResponse200);
function isGetQuotaResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateGetQuotaResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetQuotaResponse400Schema = standardView(validateGetQuotaResponse400);
function isGetQuotaResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateGetQuotaResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetQuotaResponse401Schema = standardView(validateGetQuotaResponse401);
function isGetQuotaResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateGetQuotaResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetQuotaResponse403Schema = standardView(validateGetQuotaResponse403);
function isGetQuotaResponse404(data) {
  return runCheck(checkOdataError, data);
}
function validateGetQuotaResponse404(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetQuotaResponse404Schema = standardView(validateGetQuotaResponse404);
function isGetQuotaResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateGetQuotaResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetQuotaResponse429Schema = standardView(validateGetQuotaResponse429);
function isGetQuotaResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateGetQuotaResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const GetQuotaResponse503Schema = standardView(validateGetQuotaResponse503);
function isCreateConnectionLegacyHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateCreateConnectionLegacyHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/CreateConnectionLegacyHeaderParameters");
}
const CreateConnectionLegacyHeaderParametersSchema = standardView(validateCreateConnectionLegacyHeaderParameters);
function isCreateConnectionLegacyRequestBody(data) {
  return runCheck(checkLegacyExternalConnectionCreateForRequest, data);
}
function validateCreateConnectionLegacyRequestBody(data, options) {
  return runValidation(checkLegacyExternalConnectionCreateForRequest, collectLegacyExternalConnectionCreateForRequest, data, options);
}
const CreateConnectionLegacyRequestBodySchema = standardView(validateCreateConnectionLegacyRequestBody);
function isCreateConnectionLegacyResponse201(data) {
  return runCheck(checkLegacyExternalConnection, data);
}
function validateCreateConnectionLegacyResponse201(data, options) {
  return runValidation(checkLegacyExternalConnection, collectLegacyExternalConnection, data, options);
}
const CreateConnectionLegacyResponse201Schema = standardView(validateCreateConnectionLegacyResponse201);
function isCreateConnectionLegacyResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionLegacyResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionLegacyResponse400Schema = standardView(validateCreateConnectionLegacyResponse400);
function isCreateConnectionLegacyResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionLegacyResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionLegacyResponse401Schema = standardView(validateCreateConnectionLegacyResponse401);
function isCreateConnectionLegacyResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionLegacyResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionLegacyResponse403Schema = standardView(validateCreateConnectionLegacyResponse403);
function isCreateConnectionLegacyResponse409(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionLegacyResponse409(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionLegacyResponse409Schema = standardView(validateCreateConnectionLegacyResponse409);
function isCreateConnectionLegacyResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionLegacyResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionLegacyResponse429Schema = standardView(validateCreateConnectionLegacyResponse429);
function isCreateConnectionLegacyResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectionLegacyResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectionLegacyResponse503Schema = standardView(validateCreateConnectionLegacyResponse503);
function isCreateConnectorHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateCreateConnectorHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/CreateConnectorHeaderParameters");
}
const CreateConnectorHeaderParametersSchema = standardView(validateCreateConnectorHeaderParameters);
function isCreateConnectorRequestBody(data) {
  return runCheck(checkConnectorCreateForRequest, data);
}
function validateCreateConnectorRequestBody(data, options) {
  return runValidation(checkConnectorCreateForRequest, collectConnectorCreateForRequest, data, options);
}
const CreateConnectorRequestBodySchema = standardView(validateCreateConnectorRequestBody);
function isCreateConnectorResponse201(data) {
  return runCheck(checkConnector, data);
}
function validateCreateConnectorResponse201(data, options) {
  return runValidation(checkConnector, collectConnector, data, options);
}
const CreateConnectorResponse201Schema = standardView(validateCreateConnectorResponse201);
function isCreateConnectorResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectorResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectorResponse400Schema = standardView(validateCreateConnectorResponse400);
function isCreateConnectorResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectorResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectorResponse401Schema = standardView(validateCreateConnectorResponse401);
function isCreateConnectorResponse403(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectorResponse403(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectorResponse403Schema = standardView(validateCreateConnectorResponse403);
function isCreateConnectorResponse409(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectorResponse409(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectorResponse409Schema = standardView(validateCreateConnectorResponse409);
function isCreateConnectorResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectorResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectorResponse429Schema = standardView(validateCreateConnectorResponse429);
function isCreateConnectorResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateCreateConnectorResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const CreateConnectorResponse503Schema = standardView(validateCreateConnectorResponse503);
function isBatchHeaderParameters(data) {
  return runCheck(checkListConnectionsHeaderParameters, data);
}
function validateBatchHeaderParameters(data, options) {
  return runValidation(checkListConnectionsHeaderParameters, collectListConnectionsHeaderParameters, data, options, "#/x-specgen-parameter-objects/BatchHeaderParameters");
}
const BatchHeaderParametersSchema = standardView(validateBatchHeaderParameters);
function isBatchRequestBody(data) {
  return runCheck(checkBatchRequest, data);
}
function validateBatchRequestBody(data, options) {
  return runValidation(checkBatchRequest, collectBatchRequest, data, options);
}
const BatchRequestBodySchema = standardView(validateBatchRequestBody);
function isBatchResponse200(data) {
  return runCheck(checkBatchResponse, data);
}
function validateBatchResponse200(data, options) {
  return runValidation(checkBatchResponse, collectBatchResponse, data, options);
}
const BatchResponse200Schema = standardView(validateBatchResponse200);
function isBatchResponse400(data) {
  return runCheck(checkOdataError, data);
}
function validateBatchResponse400(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const BatchResponse400Schema = standardView(validateBatchResponse400);
function isBatchResponse401(data) {
  return runCheck(checkOdataError, data);
}
function validateBatchResponse401(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const BatchResponse401Schema = standardView(validateBatchResponse401);
function isBatchResponse429(data) {
  return runCheck(checkOdataError, data);
}
function validateBatchResponse429(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const BatchResponse429Schema = standardView(validateBatchResponse429);
function isBatchResponse503(data) {
  return runCheck(checkOdataError, data);
}
function validateBatchResponse503(data, options) {
  return runValidation(checkOdataError, collectOdataError, data, options);
}
const BatchResponse503Schema = standardView(validateBatchResponse503);
export {
  AccessTypeSchema,
  AclSchema,
  AclTypeSchema,
  ActivitySettingsSchema,
  AddActivitiesHeaderParametersSchema,
  AddActivitiesPathParametersSchema,
  AddActivitiesRequestBodySchema,
  AddActivitiesRequestSchema,
  AddActivitiesResponse200Schema,
  AddActivitiesResponse207Schema,
  AddActivitiesResponse400Schema,
  AddActivitiesResponse401Schema,
  AddActivitiesResponse403Schema,
  AddActivitiesResponse404Schema,
  AddActivitiesResponse429Schema,
  AddActivitiesResponse503Schema,
  AddActivitiesResponseSchema,
  AddGroupMemberHeaderParametersSchema,
  AddGroupMemberPathParametersSchema,
  AddGroupMemberRequestBodySchema,
  AddGroupMemberResponse201Schema,
  AddGroupMemberResponse400Schema,
  AddGroupMemberResponse401Schema,
  AddGroupMemberResponse403Schema,
  AddGroupMemberResponse404Schema,
  AddGroupMemberResponse409Schema,
  AddGroupMemberResponse429Schema,
  AddGroupMemberResponse503Schema,
  BatchHeaderParametersSchema,
  BatchRequestBodySchema,
  BatchRequestSchema,
  BatchRequestStepSchema,
  BatchResponse200Schema,
  BatchResponse400Schema,
  BatchResponse401Schema,
  BatchResponse429Schema,
  BatchResponse503Schema,
  BatchResponseSchema,
  BatchResponseStepSchema,
  BinaryOperatorSchema,
  ComplianceSettingsSchema,
  ConfigurationSchema,
  ConnectionIdSchema,
  ConnectionOperationSchema,
  ConnectionOperationStatusSchema,
  ConnectionQuotaSchema,
  ConnectionStateSchema,
  ConnectorCreateSchema,
  ConnectorSchema,
  ConnectorStatusSchema,
  ContentCategorySchema,
  ContentExperienceTypeSchema,
  CreateConnectionHeaderParametersSchema,
  CreateConnectionLegacyHeaderParametersSchema,
  CreateConnectionLegacyRequestBodySchema,
  CreateConnectionLegacyResponse201Schema,
  CreateConnectionLegacyResponse400Schema,
  CreateConnectionLegacyResponse401Schema,
  CreateConnectionLegacyResponse403Schema,
  CreateConnectionLegacyResponse409Schema,
  CreateConnectionLegacyResponse429Schema,
  CreateConnectionLegacyResponse503Schema,
  CreateConnectionOperationHeaderParametersSchema,
  CreateConnectionOperationPathParametersSchema,
  CreateConnectionOperationRequestBodySchema,
  CreateConnectionOperationResponse201Schema,
  CreateConnectionOperationResponse400Schema,
  CreateConnectionOperationResponse401Schema,
  CreateConnectionOperationResponse403Schema,
  CreateConnectionOperationResponse404Schema,
  CreateConnectionOperationResponse409Schema,
  CreateConnectionOperationResponse429Schema,
  CreateConnectionOperationResponse503Schema,
  CreateConnectionRequestBodySchema,
  CreateConnectionResponse201Schema,
  CreateConnectionResponse400Schema,
  CreateConnectionResponse401Schema,
  CreateConnectionResponse403Schema,
  CreateConnectionResponse409Schema,
  CreateConnectionResponse429Schema,
  CreateConnectionResponse503Schema,
  CreateConnectorHeaderParametersSchema,
  CreateConnectorRequestBodySchema,
  CreateConnectorResponse201Schema,
  CreateConnectorResponse400Schema,
  CreateConnectorResponse401Schema,
  CreateConnectorResponse403Schema,
  CreateConnectorResponse409Schema,
  CreateConnectorResponse429Schema,
  CreateConnectorResponse503Schema,
  CreateGroupHeaderParametersSchema,
  CreateGroupPathParametersSchema,
  CreateGroupRequestBodySchema,
  CreateGroupResponse201Schema,
  CreateGroupResponse400Schema,
  CreateGroupResponse401Schema,
  CreateGroupResponse403Schema,
  CreateGroupResponse404Schema,
  CreateGroupResponse409Schema,
  CreateGroupResponse429Schema,
  CreateGroupResponse503Schema,
  DeleteConnectionHeaderParametersSchema,
  DeleteConnectionPathParametersSchema,
  DeleteConnectionResponse400Schema,
  DeleteConnectionResponse401Schema,
  DeleteConnectionResponse403Schema,
  DeleteConnectionResponse404Schema,
  DeleteConnectionResponse429Schema,
  DeleteConnectionResponse503Schema,
  DeleteGroupHeaderParametersSchema,
  DeleteGroupPathParametersSchema,
  DeleteGroupResponse400Schema,
  DeleteGroupResponse401Schema,
  DeleteGroupResponse403Schema,
  DeleteGroupResponse404Schema,
  DeleteGroupResponse429Schema,
  DeleteGroupResponse503Schema,
  DeleteItemHeaderParametersSchema,
  DeleteItemPathParametersSchema,
  DeleteItemResponse400Schema,
  DeleteItemResponse401Schema,
  DeleteItemResponse403Schema,
  DeleteItemResponse404Schema,
  DeleteItemResponse429Schema,
  DeleteItemResponse503Schema,
  DisplayTemplateSchema,
  EntitySchema,
  ErrorDetailsSchema,
  ExternalActivityResultSchema,
  ExternalActivitySchema,
  ExternalActivityTypeSchema,
  ExternalConnectionCollectionResponseSchema,
  ExternalConnectionCreateSchema,
  ExternalConnectionSchema,
  ExternalConnectionUpdateSchema,
  ExternalGroupCreateSchema,
  ExternalGroupSchema,
  ExternalGroupUpdateSchema,
  ExternalItemContentSchema,
  ExternalItemContentTypeSchema,
  ExternalItemSchema,
  GetConnectionHeaderParametersSchema,
  GetConnectionOperationHeaderParametersSchema,
  GetConnectionOperationPathParametersSchema,
  GetConnectionOperationQueryParametersSchema,
  GetConnectionOperationResponse200Schema,
  GetConnectionOperationResponse400Schema,
  GetConnectionOperationResponse401Schema,
  GetConnectionOperationResponse403Schema,
  GetConnectionOperationResponse404Schema,
  GetConnectionOperationResponse429Schema,
  GetConnectionOperationResponse503Schema,
  GetConnectionPathParametersSchema,
  GetConnectionQueryParametersSchema,
  GetConnectionResponse200Schema,
  GetConnectionResponse400Schema,
  GetConnectionResponse401Schema,
  GetConnectionResponse403Schema,
  GetConnectionResponse404Schema,
  GetConnectionResponse429Schema,
  GetConnectionResponse503Schema,
  GetGroupHeaderParametersSchema,
  GetGroupPathParametersSchema,
  GetGroupResponse200Schema,
  GetGroupResponse400Schema,
  GetGroupResponse401Schema,
  GetGroupResponse403Schema,
  GetGroupResponse404Schema,
  GetGroupResponse429Schema,
  GetGroupResponse503Schema,
  GetItemHeaderParametersSchema,
  GetItemPathParametersSchema,
  GetItemResponse200Schema,
  GetItemResponse400Schema,
  GetItemResponse401Schema,
  GetItemResponse403Schema,
  GetItemResponse404Schema,
  GetItemResponse429Schema,
  GetItemResponse503Schema,
  GetQuotaHeaderParametersSchema,
  GetQuotaPathParametersSchema,
  GetQuotaQueryParametersSchema,
  GetQuotaResponse200Schema,
  GetQuotaResponse400Schema,
  GetQuotaResponse401Schema,
  GetQuotaResponse403Schema,
  GetQuotaResponse404Schema,
  GetQuotaResponse429Schema,
  GetQuotaResponse503Schema,
  GetSchemaHeaderParametersSchema,
  GetSchemaPathParametersSchema,
  GetSchemaResponse200Schema,
  GetSchemaResponse400Schema,
  GetSchemaResponse401Schema,
  GetSchemaResponse403Schema,
  GetSchemaResponse404Schema,
  GetSchemaResponse429Schema,
  GetSchemaResponse503Schema,
  IdentitySchema,
  IdentitySourceTypeSchema,
  IdentityTypeSchema,
  ImportanceScoreSchema,
  InformationProtectionLabelSchema,
  InnerErrorSchema,
  ItemIdResolverSchema,
  LabelSchema,
  LegacyExternalConnectionCreateSchema,
  LegacyExternalConnectionSchema,
  ListConnectionsHeaderParametersSchema,
  ListConnectionsQueryParametersSchema,
  ListConnectionsResponse200Schema,
  ListConnectionsResponse400Schema,
  ListConnectionsResponse401Schema,
  ListConnectionsResponse403Schema,
  ListConnectionsResponse429Schema,
  ListConnectionsResponse503Schema,
  MainErrorSchema,
  OdataErrorSchema,
  PrincipalSchema,
  PropertiesSchema,
  PropertyRuleSchema,
  PropertySchema,
  PropertyTypeSchema,
  PublicErrorDetailSchema,
  PublicErrorSchema,
  PublicInnerErrorSchema,
  PutItemHeaderParametersSchema,
  PutItemPathParametersSchema,
  PutItemRequestBodySchema,
  PutItemResponse400Schema,
  PutItemResponse401Schema,
  PutItemResponse403Schema,
  PutItemResponse404Schema,
  PutItemResponse409Schema,
  PutItemResponse413Schema,
  PutItemResponse429Schema,
  PutItemResponse503Schema,
  RankingHintSchema,
  RegisterSchemaHeaderParametersSchema,
  RegisterSchemaPathParametersSchema,
  RegisterSchemaRequestBodySchema,
  RegisterSchemaResponse400Schema,
  RegisterSchemaResponse401Schema,
  RegisterSchemaResponse403Schema,
  RegisterSchemaResponse404Schema,
  RegisterSchemaResponse409Schema,
  RegisterSchemaResponse429Schema,
  RegisterSchemaResponse503Schema,
  RemoveGroupMemberHeaderParametersSchema,
  RemoveGroupMemberPathParametersSchema,
  RemoveGroupMemberResponse400Schema,
  RemoveGroupMemberResponse401Schema,
  RemoveGroupMemberResponse403Schema,
  RemoveGroupMemberResponse404Schema,
  RemoveGroupMemberResponse429Schema,
  RemoveGroupMemberResponse503Schema,
  RuleOperationSchema,
  SchemaSchema,
  SearchSettingsSchema,
  UpdateConnectionHeaderParametersSchema,
  UpdateConnectionPathParametersSchema,
  UpdateConnectionRequestBodySchema,
  UpdateConnectionResponse400Schema,
  UpdateConnectionResponse401Schema,
  UpdateConnectionResponse403Schema,
  UpdateConnectionResponse404Schema,
  UpdateConnectionResponse429Schema,
  UpdateConnectionResponse503Schema,
  UpdateGroupHeaderParametersSchema,
  UpdateGroupPathParametersSchema,
  UpdateGroupRequestBodySchema,
  UpdateGroupResponse400Schema,
  UpdateGroupResponse401Schema,
  UpdateGroupResponse403Schema,
  UpdateGroupResponse404Schema,
  UpdateGroupResponse429Schema,
  UpdateGroupResponse503Schema,
  UrlMatchInfoSchema,
  UrlToItemResolverBaseSchema,
  isAccessType,
  isAcl,
  isAclType,
  isActivitySettings,
  isAddActivitiesHeaderParameters,
  isAddActivitiesPathParameters,
  isAddActivitiesRequest,
  isAddActivitiesRequestBody,
  isAddActivitiesResponse,
  isAddActivitiesResponse200,
  isAddActivitiesResponse207,
  isAddActivitiesResponse400,
  isAddActivitiesResponse401,
  isAddActivitiesResponse403,
  isAddActivitiesResponse404,
  isAddActivitiesResponse429,
  isAddActivitiesResponse503,
  isAddGroupMemberHeaderParameters,
  isAddGroupMemberPathParameters,
  isAddGroupMemberRequestBody,
  isAddGroupMemberResponse201,
  isAddGroupMemberResponse400,
  isAddGroupMemberResponse401,
  isAddGroupMemberResponse403,
  isAddGroupMemberResponse404,
  isAddGroupMemberResponse409,
  isAddGroupMemberResponse429,
  isAddGroupMemberResponse503,
  isBatchHeaderParameters,
  isBatchRequest,
  isBatchRequestBody,
  isBatchRequestStep,
  isBatchResponse,
  isBatchResponse200,
  isBatchResponse400,
  isBatchResponse401,
  isBatchResponse429,
  isBatchResponse503,
  isBatchResponseStep,
  isBinaryOperator,
  isComplianceSettings,
  isConfiguration,
  isConnectionId,
  isConnectionOperation,
  isConnectionOperationStatus,
  isConnectionQuota,
  isConnectionState,
  isConnector,
  isConnectorCreate,
  isConnectorStatus,
  isContentCategory,
  isContentExperienceType,
  isCreateConnectionHeaderParameters,
  isCreateConnectionLegacyHeaderParameters,
  isCreateConnectionLegacyRequestBody,
  isCreateConnectionLegacyResponse201,
  isCreateConnectionLegacyResponse400,
  isCreateConnectionLegacyResponse401,
  isCreateConnectionLegacyResponse403,
  isCreateConnectionLegacyResponse409,
  isCreateConnectionLegacyResponse429,
  isCreateConnectionLegacyResponse503,
  isCreateConnectionOperationHeaderParameters,
  isCreateConnectionOperationPathParameters,
  isCreateConnectionOperationRequestBody,
  isCreateConnectionOperationResponse201,
  isCreateConnectionOperationResponse400,
  isCreateConnectionOperationResponse401,
  isCreateConnectionOperationResponse403,
  isCreateConnectionOperationResponse404,
  isCreateConnectionOperationResponse409,
  isCreateConnectionOperationResponse429,
  isCreateConnectionOperationResponse503,
  isCreateConnectionRequestBody,
  isCreateConnectionResponse201,
  isCreateConnectionResponse400,
  isCreateConnectionResponse401,
  isCreateConnectionResponse403,
  isCreateConnectionResponse409,
  isCreateConnectionResponse429,
  isCreateConnectionResponse503,
  isCreateConnectorHeaderParameters,
  isCreateConnectorRequestBody,
  isCreateConnectorResponse201,
  isCreateConnectorResponse400,
  isCreateConnectorResponse401,
  isCreateConnectorResponse403,
  isCreateConnectorResponse409,
  isCreateConnectorResponse429,
  isCreateConnectorResponse503,
  isCreateGroupHeaderParameters,
  isCreateGroupPathParameters,
  isCreateGroupRequestBody,
  isCreateGroupResponse201,
  isCreateGroupResponse400,
  isCreateGroupResponse401,
  isCreateGroupResponse403,
  isCreateGroupResponse404,
  isCreateGroupResponse409,
  isCreateGroupResponse429,
  isCreateGroupResponse503,
  isDeleteConnectionHeaderParameters,
  isDeleteConnectionPathParameters,
  isDeleteConnectionResponse400,
  isDeleteConnectionResponse401,
  isDeleteConnectionResponse403,
  isDeleteConnectionResponse404,
  isDeleteConnectionResponse429,
  isDeleteConnectionResponse503,
  isDeleteGroupHeaderParameters,
  isDeleteGroupPathParameters,
  isDeleteGroupResponse400,
  isDeleteGroupResponse401,
  isDeleteGroupResponse403,
  isDeleteGroupResponse404,
  isDeleteGroupResponse429,
  isDeleteGroupResponse503,
  isDeleteItemHeaderParameters,
  isDeleteItemPathParameters,
  isDeleteItemResponse400,
  isDeleteItemResponse401,
  isDeleteItemResponse403,
  isDeleteItemResponse404,
  isDeleteItemResponse429,
  isDeleteItemResponse503,
  isDisplayTemplate,
  isEntity,
  isErrorDetails,
  isExternalActivity,
  isExternalActivityResult,
  isExternalActivityType,
  isExternalConnection,
  isExternalConnectionCollectionResponse,
  isExternalConnectionCreate,
  isExternalConnectionUpdate,
  isExternalGroup,
  isExternalGroupCreate,
  isExternalGroupUpdate,
  isExternalItem,
  isExternalItemContent,
  isExternalItemContentType,
  isGetConnectionHeaderParameters,
  isGetConnectionOperationHeaderParameters,
  isGetConnectionOperationPathParameters,
  isGetConnectionOperationQueryParameters,
  isGetConnectionOperationResponse200,
  isGetConnectionOperationResponse400,
  isGetConnectionOperationResponse401,
  isGetConnectionOperationResponse403,
  isGetConnectionOperationResponse404,
  isGetConnectionOperationResponse429,
  isGetConnectionOperationResponse503,
  isGetConnectionPathParameters,
  isGetConnectionQueryParameters,
  isGetConnectionResponse200,
  isGetConnectionResponse400,
  isGetConnectionResponse401,
  isGetConnectionResponse403,
  isGetConnectionResponse404,
  isGetConnectionResponse429,
  isGetConnectionResponse503,
  isGetGroupHeaderParameters,
  isGetGroupPathParameters,
  isGetGroupResponse200,
  isGetGroupResponse400,
  isGetGroupResponse401,
  isGetGroupResponse403,
  isGetGroupResponse404,
  isGetGroupResponse429,
  isGetGroupResponse503,
  isGetItemHeaderParameters,
  isGetItemPathParameters,
  isGetItemResponse200,
  isGetItemResponse400,
  isGetItemResponse401,
  isGetItemResponse403,
  isGetItemResponse404,
  isGetItemResponse429,
  isGetItemResponse503,
  isGetQuotaHeaderParameters,
  isGetQuotaPathParameters,
  isGetQuotaQueryParameters,
  isGetQuotaResponse200,
  isGetQuotaResponse400,
  isGetQuotaResponse401,
  isGetQuotaResponse403,
  isGetQuotaResponse404,
  isGetQuotaResponse429,
  isGetQuotaResponse503,
  isGetSchemaHeaderParameters,
  isGetSchemaPathParameters,
  isGetSchemaResponse200,
  isGetSchemaResponse400,
  isGetSchemaResponse401,
  isGetSchemaResponse403,
  isGetSchemaResponse404,
  isGetSchemaResponse429,
  isGetSchemaResponse503,
  isIdentity,
  isIdentitySourceType,
  isIdentityType,
  isImportanceScore,
  isInformationProtectionLabel,
  isInnerError,
  isItemIdResolver,
  isLabel,
  isLegacyExternalConnection,
  isLegacyExternalConnectionCreate,
  isListConnectionsHeaderParameters,
  isListConnectionsQueryParameters,
  isListConnectionsResponse200,
  isListConnectionsResponse400,
  isListConnectionsResponse401,
  isListConnectionsResponse403,
  isListConnectionsResponse429,
  isListConnectionsResponse503,
  isMainError,
  isOdataError,
  isPrincipal,
  isProperties,
  isProperty,
  isPropertyRule,
  isPropertyType,
  isPublicError,
  isPublicErrorDetail,
  isPublicInnerError,
  isPutItemHeaderParameters,
  isPutItemPathParameters,
  isPutItemRequestBody,
  isPutItemResponse400,
  isPutItemResponse401,
  isPutItemResponse403,
  isPutItemResponse404,
  isPutItemResponse409,
  isPutItemResponse413,
  isPutItemResponse429,
  isPutItemResponse503,
  isRankingHint,
  isRegisterSchemaHeaderParameters,
  isRegisterSchemaPathParameters,
  isRegisterSchemaRequestBody,
  isRegisterSchemaResponse400,
  isRegisterSchemaResponse401,
  isRegisterSchemaResponse403,
  isRegisterSchemaResponse404,
  isRegisterSchemaResponse409,
  isRegisterSchemaResponse429,
  isRegisterSchemaResponse503,
  isRemoveGroupMemberHeaderParameters,
  isRemoveGroupMemberPathParameters,
  isRemoveGroupMemberResponse400,
  isRemoveGroupMemberResponse401,
  isRemoveGroupMemberResponse403,
  isRemoveGroupMemberResponse404,
  isRemoveGroupMemberResponse429,
  isRemoveGroupMemberResponse503,
  isRuleOperation,
  isSchema,
  isSearchSettings,
  isUpdateConnectionHeaderParameters,
  isUpdateConnectionPathParameters,
  isUpdateConnectionRequestBody,
  isUpdateConnectionResponse400,
  isUpdateConnectionResponse401,
  isUpdateConnectionResponse403,
  isUpdateConnectionResponse404,
  isUpdateConnectionResponse429,
  isUpdateConnectionResponse503,
  isUpdateGroupHeaderParameters,
  isUpdateGroupPathParameters,
  isUpdateGroupRequestBody,
  isUpdateGroupResponse400,
  isUpdateGroupResponse401,
  isUpdateGroupResponse403,
  isUpdateGroupResponse404,
  isUpdateGroupResponse429,
  isUpdateGroupResponse503,
  isUrlMatchInfo,
  isUrlToItemResolverBase,
  validateAccessType,
  validateAcl,
  validateAclType,
  validateActivitySettings,
  validateAddActivitiesHeaderParameters,
  validateAddActivitiesPathParameters,
  validateAddActivitiesRequest,
  validateAddActivitiesRequestBody,
  validateAddActivitiesResponse,
  validateAddActivitiesResponse200,
  validateAddActivitiesResponse207,
  validateAddActivitiesResponse400,
  validateAddActivitiesResponse401,
  validateAddActivitiesResponse403,
  validateAddActivitiesResponse404,
  validateAddActivitiesResponse429,
  validateAddActivitiesResponse503,
  validateAddGroupMemberHeaderParameters,
  validateAddGroupMemberPathParameters,
  validateAddGroupMemberRequestBody,
  validateAddGroupMemberResponse201,
  validateAddGroupMemberResponse400,
  validateAddGroupMemberResponse401,
  validateAddGroupMemberResponse403,
  validateAddGroupMemberResponse404,
  validateAddGroupMemberResponse409,
  validateAddGroupMemberResponse429,
  validateAddGroupMemberResponse503,
  validateBatchHeaderParameters,
  validateBatchRequest,
  validateBatchRequestBody,
  validateBatchRequestStep,
  validateBatchResponse,
  validateBatchResponse200,
  validateBatchResponse400,
  validateBatchResponse401,
  validateBatchResponse429,
  validateBatchResponse503,
  validateBatchResponseStep,
  validateBinaryOperator,
  validateComplianceSettings,
  validateConfiguration,
  validateConnectionId,
  validateConnectionOperation,
  validateConnectionOperationStatus,
  validateConnectionQuota,
  validateConnectionState,
  validateConnector,
  validateConnectorCreate,
  validateConnectorStatus,
  validateContentCategory,
  validateContentExperienceType,
  validateCreateConnectionHeaderParameters,
  validateCreateConnectionLegacyHeaderParameters,
  validateCreateConnectionLegacyRequestBody,
  validateCreateConnectionLegacyResponse201,
  validateCreateConnectionLegacyResponse400,
  validateCreateConnectionLegacyResponse401,
  validateCreateConnectionLegacyResponse403,
  validateCreateConnectionLegacyResponse409,
  validateCreateConnectionLegacyResponse429,
  validateCreateConnectionLegacyResponse503,
  validateCreateConnectionOperationHeaderParameters,
  validateCreateConnectionOperationPathParameters,
  validateCreateConnectionOperationRequestBody,
  validateCreateConnectionOperationResponse201,
  validateCreateConnectionOperationResponse400,
  validateCreateConnectionOperationResponse401,
  validateCreateConnectionOperationResponse403,
  validateCreateConnectionOperationResponse404,
  validateCreateConnectionOperationResponse409,
  validateCreateConnectionOperationResponse429,
  validateCreateConnectionOperationResponse503,
  validateCreateConnectionRequestBody,
  validateCreateConnectionResponse201,
  validateCreateConnectionResponse400,
  validateCreateConnectionResponse401,
  validateCreateConnectionResponse403,
  validateCreateConnectionResponse409,
  validateCreateConnectionResponse429,
  validateCreateConnectionResponse503,
  validateCreateConnectorHeaderParameters,
  validateCreateConnectorRequestBody,
  validateCreateConnectorResponse201,
  validateCreateConnectorResponse400,
  validateCreateConnectorResponse401,
  validateCreateConnectorResponse403,
  validateCreateConnectorResponse409,
  validateCreateConnectorResponse429,
  validateCreateConnectorResponse503,
  validateCreateGroupHeaderParameters,
  validateCreateGroupPathParameters,
  validateCreateGroupRequestBody,
  validateCreateGroupResponse201,
  validateCreateGroupResponse400,
  validateCreateGroupResponse401,
  validateCreateGroupResponse403,
  validateCreateGroupResponse404,
  validateCreateGroupResponse409,
  validateCreateGroupResponse429,
  validateCreateGroupResponse503,
  validateDeleteConnectionHeaderParameters,
  validateDeleteConnectionPathParameters,
  validateDeleteConnectionResponse400,
  validateDeleteConnectionResponse401,
  validateDeleteConnectionResponse403,
  validateDeleteConnectionResponse404,
  validateDeleteConnectionResponse429,
  validateDeleteConnectionResponse503,
  validateDeleteGroupHeaderParameters,
  validateDeleteGroupPathParameters,
  validateDeleteGroupResponse400,
  validateDeleteGroupResponse401,
  validateDeleteGroupResponse403,
  validateDeleteGroupResponse404,
  validateDeleteGroupResponse429,
  validateDeleteGroupResponse503,
  validateDeleteItemHeaderParameters,
  validateDeleteItemPathParameters,
  validateDeleteItemResponse400,
  validateDeleteItemResponse401,
  validateDeleteItemResponse403,
  validateDeleteItemResponse404,
  validateDeleteItemResponse429,
  validateDeleteItemResponse503,
  validateDisplayTemplate,
  validateEntity,
  validateErrorDetails,
  validateExternalActivity,
  validateExternalActivityResult,
  validateExternalActivityType,
  validateExternalConnection,
  validateExternalConnectionCollectionResponse,
  validateExternalConnectionCreate,
  validateExternalConnectionUpdate,
  validateExternalGroup,
  validateExternalGroupCreate,
  validateExternalGroupUpdate,
  validateExternalItem,
  validateExternalItemContent,
  validateExternalItemContentType,
  validateGetConnectionHeaderParameters,
  validateGetConnectionOperationHeaderParameters,
  validateGetConnectionOperationPathParameters,
  validateGetConnectionOperationQueryParameters,
  validateGetConnectionOperationResponse200,
  validateGetConnectionOperationResponse400,
  validateGetConnectionOperationResponse401,
  validateGetConnectionOperationResponse403,
  validateGetConnectionOperationResponse404,
  validateGetConnectionOperationResponse429,
  validateGetConnectionOperationResponse503,
  validateGetConnectionPathParameters,
  validateGetConnectionQueryParameters,
  validateGetConnectionResponse200,
  validateGetConnectionResponse400,
  validateGetConnectionResponse401,
  validateGetConnectionResponse403,
  validateGetConnectionResponse404,
  validateGetConnectionResponse429,
  validateGetConnectionResponse503,
  validateGetGroupHeaderParameters,
  validateGetGroupPathParameters,
  validateGetGroupResponse200,
  validateGetGroupResponse400,
  validateGetGroupResponse401,
  validateGetGroupResponse403,
  validateGetGroupResponse404,
  validateGetGroupResponse429,
  validateGetGroupResponse503,
  validateGetItemHeaderParameters,
  validateGetItemPathParameters,
  validateGetItemResponse200,
  validateGetItemResponse400,
  validateGetItemResponse401,
  validateGetItemResponse403,
  validateGetItemResponse404,
  validateGetItemResponse429,
  validateGetItemResponse503,
  validateGetQuotaHeaderParameters,
  validateGetQuotaPathParameters,
  validateGetQuotaQueryParameters,
  validateGetQuotaResponse200,
  validateGetQuotaResponse400,
  validateGetQuotaResponse401,
  validateGetQuotaResponse403,
  validateGetQuotaResponse404,
  validateGetQuotaResponse429,
  validateGetQuotaResponse503,
  validateGetSchemaHeaderParameters,
  validateGetSchemaPathParameters,
  validateGetSchemaResponse200,
  validateGetSchemaResponse400,
  validateGetSchemaResponse401,
  validateGetSchemaResponse403,
  validateGetSchemaResponse404,
  validateGetSchemaResponse429,
  validateGetSchemaResponse503,
  validateIdentity,
  validateIdentitySourceType,
  validateIdentityType,
  validateImportanceScore,
  validateInformationProtectionLabel,
  validateInnerError,
  validateItemIdResolver,
  validateLabel,
  validateLegacyExternalConnection,
  validateLegacyExternalConnectionCreate,
  validateListConnectionsHeaderParameters,
  validateListConnectionsQueryParameters,
  validateListConnectionsResponse200,
  validateListConnectionsResponse400,
  validateListConnectionsResponse401,
  validateListConnectionsResponse403,
  validateListConnectionsResponse429,
  validateListConnectionsResponse503,
  validateMainError,
  validateOdataError,
  validatePrincipal,
  validateProperties,
  validateProperty,
  validatePropertyRule,
  validatePropertyType,
  validatePublicError,
  validatePublicErrorDetail,
  validatePublicInnerError,
  validatePutItemHeaderParameters,
  validatePutItemPathParameters,
  validatePutItemRequestBody,
  validatePutItemResponse400,
  validatePutItemResponse401,
  validatePutItemResponse403,
  validatePutItemResponse404,
  validatePutItemResponse409,
  validatePutItemResponse413,
  validatePutItemResponse429,
  validatePutItemResponse503,
  validateRankingHint,
  validateRegisterSchemaHeaderParameters,
  validateRegisterSchemaPathParameters,
  validateRegisterSchemaRequestBody,
  validateRegisterSchemaResponse400,
  validateRegisterSchemaResponse401,
  validateRegisterSchemaResponse403,
  validateRegisterSchemaResponse404,
  validateRegisterSchemaResponse409,
  validateRegisterSchemaResponse429,
  validateRegisterSchemaResponse503,
  validateRemoveGroupMemberHeaderParameters,
  validateRemoveGroupMemberPathParameters,
  validateRemoveGroupMemberResponse400,
  validateRemoveGroupMemberResponse401,
  validateRemoveGroupMemberResponse403,
  validateRemoveGroupMemberResponse404,
  validateRemoveGroupMemberResponse429,
  validateRemoveGroupMemberResponse503,
  validateRuleOperation,
  validateSchema,
  validateSearchSettings,
  validateUpdateConnectionHeaderParameters,
  validateUpdateConnectionPathParameters,
  validateUpdateConnectionRequestBody,
  validateUpdateConnectionResponse400,
  validateUpdateConnectionResponse401,
  validateUpdateConnectionResponse403,
  validateUpdateConnectionResponse404,
  validateUpdateConnectionResponse429,
  validateUpdateConnectionResponse503,
  validateUpdateGroupHeaderParameters,
  validateUpdateGroupPathParameters,
  validateUpdateGroupRequestBody,
  validateUpdateGroupResponse400,
  validateUpdateGroupResponse401,
  validateUpdateGroupResponse403,
  validateUpdateGroupResponse404,
  validateUpdateGroupResponse429,
  validateUpdateGroupResponse503,
  validateUrlMatchInfo,
  validateUrlToItemResolverBase
};
