import { ConsoleLogger, I18n, Cache } from 'aws-amplify/utils';

const logger: ConsoleLogger = new ConsoleLogger('shop');
ConsoleLogger.LOG_LEVEL = 'DEBUG';

I18n.putVocabularies({ fr: { 'Sign In': 'Se connecter' } });
I18n.setLanguage('fr');

export async function readProfile(key: string): Promise<unknown> {
  const cached = await Cache.getItem(key);
  if (cached) {
    return cached;
  }
  logger.info(I18n.get('Sign In'));
  // TODO(amplify-migrate): UTL-02 Cache.setItem returns a Promise in v6 (it was synchronous in the browser): await it where the result or the order matters
  Cache.setItem(key, { at: Date.now() }, { priority: 1 });
  return null;
}
