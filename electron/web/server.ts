import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpProtocol, messageOf } from '../../shared';
import { hostOnlyAttachmentChannels, maximumAttachmentBytes } from '../../shared/channels/attachments';
import type { Core } from '../core';
import { answerAttachmentRoute, clearAbandonedUploads, type AttachmentRouteOptions } from './attachment-routes';
import { checkOrigin, checkToken } from './request-guard';
import { send } from './responses';
import { securityHeaders } from '../hosting/security-headers';
import { readStaticFile } from '../hosting/static-files';

/** Large enough for a pasted snapshot of tens of megabytes, small enough to refuse a runaway upload. */
const maximumBodyBytes = 128 * 1024 * 1024;

export interface BrowserHostOptions {
  readonly core: Core;
  readonly rendererFolder: string;
  readonly token: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Where uploads wait while the core copies them in: a folder in the data folder; by default a private temp folder. */
  readonly uploadFolder?: string;
  /** Larger uploads are refused; 2 GB unless a test says otherwise. */
  readonly maximumUploadBytes?: number;
}

export interface BrowserHost {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maximumBodyBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function answerApi(request: IncomingMessage, response: ServerResponse, options: BrowserHostOptions, channel: string) {
  const refusal = checkToken(request, options.token);
  if (refusal) return send(response, refusal.status, { ok: false, error: refusal.error });
  if (request.method !== 'POST') {
    return send(response, 405, { ok: false, error: { code: 'invalid-input', message: 'API calls use POST.' } });
  }
  if (hostOnlyAttachmentChannels.has(channel)) {
    // They take or give paths on this machine: a page could read any file the user can.
    const message = `${channel} is for the hosts only; attach a file with POST ${httpProtocol.apiPath}attachment.upload.`;
    return send(response, 403, { ok: false, error: { code: 'unauthorized', message } });
  }
  const body = await readBody(request);
  if (body === undefined) {
    return send(response, 413, { ok: false, error: { code: 'invalid-input', message: 'The request is larger than 128 MB.' } });
  }
  let input: unknown;
  try {
    input = body === '' ? {} : JSON.parse(body);
  } catch {
    return send(response, 400, { ok: false, error: { code: 'invalid-input', message: 'The request body is not valid JSON.' } });
  }
  const result = await options.core.invoke(channel, input);
  send(response, !result.ok && result.error.code === 'unknown-channel' ? 404 : 200, result);
}

async function answerStatic(request: IncomingMessage, response: ServerResponse, folder: string, path: string) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, securityHeaders).end();
    return;
  }
  const file = await readStaticFile(folder, path);
  if (!file) {
    response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

/** Serves the built renderer and the contract on 127.0.0.1 only: the same core the desktop app uses, over HTTP. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  let port = options.port;
  const temporaryUploads = options.uploadFolder ? undefined : await mkdtemp(join(tmpdir(), 'dossier-uploads-'));
  const uploadFolder = options.uploadFolder ?? temporaryUploads!;
  await clearAbandonedUploads(uploadFolder);
  const attachments: AttachmentRouteOptions = {
    core: options.core,
    token: options.token,
    uploadFolder,
    maximumUploadBytes: options.maximumUploadBytes ?? maximumAttachmentBytes,
  };
  const server = createServer((request, response) => {
    const refusal = checkOrigin(request, port);
    if (refusal) return send(response, refusal.status, { ok: false, error: refusal.error });
    const { pathname: path, searchParams } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = path.slice(httpProtocol.apiPath.length);
    const answer = path.startsWith(httpProtocol.apiPath)
      ? (answerAttachmentRoute(request, response, attachments, route, searchParams) ?? answerApi(request, response, options, route))
      : answerStatic(request, response, options.rendererFolder, path);
    answer.catch((error: unknown) => {
      const message = `The browser host failed: ${messageOf(error)}`;
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message } });
      else response.destroy();
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/?${httpProtocol.tokenQuery}=${encodeURIComponent(options.token)}`;
  return {
    url,
    server,
    close: async () => {
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
      if (temporaryUploads) await rm(temporaryUploads, { recursive: true, force: true });
    },
  };
}
