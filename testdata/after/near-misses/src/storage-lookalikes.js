import { Storage as IonicStorage } from '@ionic/storage';
import { Storage } from '@capacitor/storage';

// None of these is Amplify's Storage: the storage rules must leave them alone.
class Cache {
  constructor(Storage) {
    this.Storage = Storage;
  }

  read(key) {
    return this.Storage.get(key);
  }
}

export async function lookalikes(key, file) {
  window.localStorage.setItem(key, 'x');
  localStorage.getItem(key);
  sessionStorage.removeItem(key);
  await Storage.get({ key });
  await new IonicStorage().get(key);
  const local = { put: async () => {}, get: async () => '' };
  await local.put(key, file, { level: 'private' });
  return new Cache(window.localStorage).read(key);
}

export function withParam(Storage, key) {
  return Storage.get(key, { level: 'private' });
}
