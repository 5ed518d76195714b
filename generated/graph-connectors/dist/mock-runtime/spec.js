function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function getOwn(target, key) {
  return Object.prototype.hasOwnProperty.call(target, key) ? target[key] : void 0;
}
export {
  getOwn,
  setOwn
};
