import { http } from "msw";
import { createMockHandler } from "./mocks.js";
function mswHandlersFor(mock, origins = mock.spec.origins) {
  return origins.map((origin) => http.all(`${origin.replace(/\/+$/, "")}/*`, ({ request }) => mock(request)));
}
function createMswHandlers(options = {}) {
  const { origins, ...mockOptions } = options;
  const mock = createMockHandler(mockOptions);
  return { handlers: mswHandlersFor(mock, origins), mock };
}
export {
  createMswHandlers,
  mswHandlersFor
};
