import { mswMock } from "./mock-runtime/msw.js";
import { createMockHandler } from "./mocks.js";
import { mswHandlersFor } from "./mock-runtime/msw.js";
function createMswHandlers(options = {}) {
  return mswMock(createMockHandler, options);
}
export {
  createMswHandlers,
  mswHandlersFor
};
