import { Analytics, Cache, ClientDevice, DataStore, Logger, Notifications } from 'aws-amplify';
import { AWSCloudWatchProvider } from '@aws-amplify/core';
import { Todo } from './models';

const logger = new Logger('more');
logger.addPluggable(new AWSCloudWatchProvider({ logGroupName: 'app', logStreamName: 'web' }));
window.LOG_LEVEL = 'DEBUG';

export const sessionCache = Cache.createInstance({ keyPrefix: 'session-', capacityInBytes: 4096 });

export async function misc(user, item, id) {
  Analytics.record({ data: item, streamName: 'clicks' }, 'AWSKinesisFirehose');
  Analytics.record({ eventType: 'Identify', properties: { userId: user.id } }, 'AmazonPersonalize');
  await Notifications.InAppMessaging.identifyUser(user.id, { attributes: { plan: ['pro'] } });
  await DataStore.save(item);
  await DataStore.delete(Todo, id);
  const all = DataStore.observe().subscribe(() => {});
  const todos = DataStore.observeQuery(Todo).subscribe(({ items }) => logger.info(items));
  const sorted = DataStore.observeQuery(Todo, (c) => c.done.eq(false), { sort: (s) => s.createdAt('DESCENDING') }).subscribe(() => {});
  return { info: ClientDevice.clientInfo(), all, todos, sorted };
}
