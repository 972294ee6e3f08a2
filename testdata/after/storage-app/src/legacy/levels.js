import { uploadData, getUrl, downloadData, list, getProperties, remove, copy } from 'aws-amplify/storage';

// Every access level of every call the storage rules rewrite (spec §10.1).
export async function levels(key, file, otherId, token) {
  // NOTE(amplify-migrate): STO-01 uploadData(…).result resolves { path, eTag, … } (the full path, level prefix included) instead of { key }
  await uploadData({ path: `public/${key}`, data: file }).result;
  // NOTE(amplify-migrate): STO-01 uploadData(…).result resolves { path, eTag, … } (the full path, level prefix included) instead of { key }
  await uploadData({ path: `public/${key}`, data: file, options: { contentType: 'text/plain' } }).result;
  // NOTE(amplify-migrate): STO-01 uploadData(…).result resolves { path, eTag, … } (the full path, level prefix included) instead of { key }
  await uploadData({ path: ({ identityId }) => `private/${identityId}/${key}`, data: file, options: { metadata: { app: 'x' } } }).result;

  // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .url.toString() is the string Storage.get resolved
  const a = (await getUrl({ path: `public/${key}` })).url.toString();
  // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .url.toString() is the string Storage.get resolved
  const b = (await getUrl({ path: `public/${key}`, options: { validateObjectExistence: true } })).url.toString();
  // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .url.toString() is the string Storage.get resolved
  const c = (await getUrl({ path: `public/${key}`, options: { expiresIn: 30 } })).url.toString();
  // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .url.toString() is the string Storage.get resolved
  const d = (await getUrl({ path: ({ identityId }) => `protected/${identityId}/${key}` })).url.toString();
  // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .url.toString() is the string Storage.get resolved
  const e = (await getUrl({ path: ({ identityId }) => `private/${identityId}/${key}` })).url.toString();
  // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .url.toString() is the string Storage.get resolved
  const f = (await getUrl({ path: ({ identityId }) => `private/${identityId}/${key}`, options: { expiresIn: 30 } })).url.toString();
  const urls = [
    // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .then(({ url }) => url.toString()) resolves the string Storage.get did
    getUrl({ path: `public/${key}` }).then(({ url }) => url.toString()),
    // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .then(({ url }) => url.toString()) resolves the string Storage.get did
    getUrl({ path: ({ identityId }) => `protected/${identityId}/${key}` }).then(({ url }) => url.toString()),
    // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .then(({ url }) => url.toString()) resolves the string Storage.get did
    getUrl({ path: `protected/${otherId}/${key}` }).then(({ url }) => url.toString()),
    // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .then(({ url }) => url.toString()) resolves the string Storage.get did
    getUrl({ path: ({ identityId }) => `private/${identityId}/${key}` }).then(({ url }) => url.toString()),
    // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .then(({ url }) => url.toString()) resolves the string Storage.get did
    getUrl({ path: ({ identityId }) => `private/${identityId}/${key}` }).then(({ url }) => url.toString()),
    // NOTE(amplify-migrate): STO-04 getUrl resolves { url: URL, expiresAt }; .then(({ url }) => url.toString()) resolves the string Storage.get did
    getUrl({ path: ({ identityId }) => `private/${identityId}/${key}`, options: { expiresIn: 30 } }).then(({ url }) => url.toString()),
  ];

  const blobs = [
    // TODO(amplify-migrate): STO-05 downloadData(…).result resolves { body, contentType, eTag, … }: where the code read Body (a Blob), read await body.blob() or await body.text(); fields are camelCase now
    await downloadData({ path: `public/${key}` }).result,
    // TODO(amplify-migrate): STO-05 downloadData(…).result resolves { body, contentType, eTag, … }: where the code read Body (a Blob), read await body.blob() or await body.text(); fields are camelCase now
    await downloadData({ path: `public/${key}` }).result,
    // TODO(amplify-migrate): STO-05 downloadData(…).result resolves { body, contentType, eTag, … }: where the code read Body (a Blob), read await body.blob() or await body.text(); fields are camelCase now
    await downloadData({ path: ({ identityId }) => `protected/${identityId}/${key}` }).result,
    // TODO(amplify-migrate): STO-05 downloadData(…).result resolves { body, contentType, eTag, … }: where the code read Body (a Blob), read await body.blob() or await body.text(); fields are camelCase now
    await downloadData({ path: `protected/${otherId}/${key}` }).result,
    // TODO(amplify-migrate): STO-05 downloadData(…).result resolves { body, contentType, eTag, … }: where the code read Body (a Blob), read await body.blob() or await body.text(); fields are camelCase now
    await downloadData({ path: ({ identityId }) => `private/${identityId}/${key}` }).result,
  ];

  const lists = [
    // TODO(amplify-migrate): STO-07 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: `public/${key}` }),
    // TODO(amplify-migrate): STO-07 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: `public/${key}`, options: { pageSize: 10, nextToken: token } }),
    // TODO(amplify-migrate): STO-07 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: `public/${key}`, options: { pageSize: 10 } }),
    // TODO(amplify-migrate): STO-07 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: ({ identityId }) => `protected/${identityId}/${key}` }),
    // TODO(amplify-migrate): STO-07 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: `protected/${otherId}/${key}` }),
    // TODO(amplify-migrate): STO-07 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: ({ identityId }) => `private/${identityId}/${key}` }),
    // TODO(amplify-migrate): STO-07 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: ({ identityId }) => `private/${identityId}/${key}`, options: { nextToken: token } }),
    // TODO(amplify-migrate): STO-08 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: `public/${key}`, options: { listAll: true } }),
    // TODO(amplify-migrate): STO-08 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: ({ identityId }) => `private/${identityId}/${key}`, options: { listAll: true } }),
    // TODO(amplify-migrate): STO-08 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: ({ identityId }) => `protected/${identityId}/${key}`, options: { listAll: true } }),
    // TODO(amplify-migrate): STO-08 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: `protected/${otherId}/${key}`, options: { listAll: true } }),
    // TODO(amplify-migrate): STO-08 list resolves { items, nextToken }: read items where the code read results, and item.path where it read item.key: the path holds the level prefix (public/…, private/<identityId>/…) that v5 keys did not; hasNextToken is nextToken !== undefined
    await list({ path: ({ identityId }) => `private/${identityId}/${key}`, options: { listAll: true } }),
  ];

  const props = [
    // NOTE(amplify-migrate): STO-10 getProperties resolves { path, size, contentType, eTag, lastModified, metadata, versionId }: contentLength is size now
    await getProperties({ path: `public/${key}` }),
    // NOTE(amplify-migrate): STO-10 getProperties resolves { path, size, contentType, eTag, lastModified, metadata, versionId }: contentLength is size now
    await getProperties({ path: `public/${key}` }),
    // NOTE(amplify-migrate): STO-10 getProperties resolves { path, size, contentType, eTag, lastModified, metadata, versionId }: contentLength is size now
    await getProperties({ path: ({ identityId }) => `protected/${identityId}/${key}` }),
    // NOTE(amplify-migrate): STO-10 getProperties resolves { path, size, contentType, eTag, lastModified, metadata, versionId }: contentLength is size now
    await getProperties({ path: `protected/${otherId}/${key}` }),
    // NOTE(amplify-migrate): STO-10 getProperties resolves { path, size, contentType, eTag, lastModified, metadata, versionId }: contentLength is size now
    await getProperties({ path: ({ identityId }) => `private/${identityId}/${key}` }),
    // NOTE(amplify-migrate): STO-10 getProperties resolves { path, size, contentType, eTag, lastModified, metadata, versionId }: contentLength is size now
    await getProperties({ path: ({ identityId }) => `private/${identityId}/${key}` }),
    // NOTE(amplify-migrate): STO-10 getProperties resolves { path, size, contentType, eTag, lastModified, metadata, versionId }: contentLength is size now
    await getProperties({ path: ({ identityId }) => `private/${identityId}/${key}` }),
  ];

  await remove({ path: `public/${key}` });
  await remove({ path: `public/${key}` });
  await remove({ path: ({ identityId }) => `protected/${identityId}/${key}` });
  await remove({ path: ({ identityId }) => `private/${identityId}/${key}` });
  await copy({ source: { path: `public/${key}` }, destination: { path: 'public/copy' } });
  await copy({ source: { path: ({ identityId }) => `protected/${identityId}/${key}` }, destination: { path: ({ identityId }) => `protected/${identityId}/copy` } });
  return [a, b, c, d, e, f, urls, blobs, lists, props];
}
