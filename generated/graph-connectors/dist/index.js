export * from "./validators.js";
export * from "./client.js";
