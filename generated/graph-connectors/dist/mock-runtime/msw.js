import { http } from "msw";
function mswHandlersFor(mock, origins = mock.spec.origins) {
  return origins.map((origin) => http.all(`${origin.replace(/\/+$/, "")}/*`, ({ request }) => mock(request)));
}
function mswMock(create, options = {}) {
  const { origins, ...mockOptions } = options;
  const mock = create(mockOptions);
  return { handlers: mswHandlersFor(mock, origins), mock };
}
export {
  mswHandlersFor,
  mswMock
};
