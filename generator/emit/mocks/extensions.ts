/**
 * `x-specgen-mock` (docs/mock-extensions.md): parsed and checked by the model
 * (generator/model/mock-extension.ts); re-exported for the mock's modules.
 */
export {
  MOCK_EXTENSION, operationExtension, propertyExtension, schemaExtensionOf,
  type ActionName, type OperationExt, type PropertyExt, type RequirementExt, type SchemaExt,
} from '../../model/mock-extension.ts';
