/**
 * How the browser host carries the contract over HTTP: `POST {apiPath}{channel}` with the input as a JSON body and
 * the launch token in a header; the answer is always a JSON `Result`, whatever the status code.
 */
export const httpProtocol = {
  apiPath: '/api/',
  tokenHeader: 'x-dossier-token',
  /** The printed URL carries the token in this query parameter, so the page can read it. */
  tokenQuery: 'token',
} as const;
