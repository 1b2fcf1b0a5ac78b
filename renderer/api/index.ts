export { browserApi, desktopApi, hostApi, type Api, type MenuListener } from './api';
export { desktopAttachments, type AttachmentHost, type NativeAttachments } from './attachments';
export { ApiProvider, useApi } from './context';
export { createHttpInvoke, tokenFromSearch } from './http-transport';
export { useChannel, useSave, type Loaded, type SaveState } from './hooks';
export { useMenuCommands } from './menu';
export type { Printing } from './printing';
