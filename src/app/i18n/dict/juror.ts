const id = {};
const en: typeof id = {};
export default { id, en };
