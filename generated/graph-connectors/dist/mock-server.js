import { serveMock } from "./mock-runtime/server.js";
import { createMockHandler } from "./mocks.js";
function startMockServer(options = {}) {
  return serveMock(createMockHandler, options);
}
export {
  startMockServer
};
