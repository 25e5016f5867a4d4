/** Node types by number: in Node.js there is no `Node` global to read them from. */
export const NodeType = { element: 1, text: 3, cdata: 4, comment: 8, documentType: 10 } as const;
