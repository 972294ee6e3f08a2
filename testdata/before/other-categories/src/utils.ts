import Amplify, { I18n, Cache, Logger } from 'aws-amplify';

const logger: Logger = new Logger('shop');
Amplify.Logger.LOG_LEVEL = 'DEBUG';

I18n.putVocabularies({ fr: { 'Sign In': 'Se connecter' } });
I18n.setLanguage('fr');

export async function readProfile(key: string): Promise<unknown> {
  const cached = await Cache.getItem(key);
  if (cached) {
    return cached;
  }
  logger.info(I18n.get('Sign In'));
  Cache.setItem(key, { at: Date.now() }, { priority: 1 });
  return null;
}
