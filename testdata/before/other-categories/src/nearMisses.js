// Names that look like Amplify's but are not: nothing here may change.
import { Logger } from 'some-logging-library';
import i18n from 'i18next';

class Cache {
  constructor() {
    this.items = new Map();
  }
  getItem(key) {
    return this.items.get(key);
  }
  setItem(key, value) {
    this.items.set(key, value);
  }
}

const cache = new Cache();
const logger = new Logger('near-misses');
const Analytics = { record: (event) => logger.info(event) };

export function remember(key, value) {
  cache.setItem(key, value);
  Analytics.record({ name: 'remember' });
  return i18n.t('saved');
}

export function withStore(DataStore, Todo) {
  return DataStore.query(Todo);
}

export function logLevel() {
  window.LOG_LEVEL_NAME = 'DEBUG';
}
