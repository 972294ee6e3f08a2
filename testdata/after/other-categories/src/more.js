import { Analytics, ClientDevice, DataStore, Notifications } from 'aws-amplify';
import { AWSCloudWatchProvider } from '@aws-amplify/core';
import { Todo } from './models';
import { ConsoleLogger, Cache } from 'aws-amplify/utils';

const logger = new ConsoleLogger('more');
// TODO(amplify-migrate): UTL-03 v6 has no CloudWatch logging provider: send the logs yourself (e.g. a ConsoleLogger subclass that calls CloudWatch Logs)
logger.addPluggable(new AWSCloudWatchProvider({ logGroupName: 'app', logStreamName: 'web' }));
ConsoleLogger.LOG_LEVEL = 'DEBUG';

// NOTE(amplify-migrate): UTL-02 the v6 types want a complete CacheConfig (itemMaxSize, defaultTTL, warningThreshold, defaultPriority, …); at run time missing keys still take the defaults
export const sessionCache = Cache.createInstance({ keyPrefix: 'session-', capacityInBytes: 4096 });

export async function misc(user, item, id) {
  // TODO(amplify-migrate): ANA-03 call record() from aws-amplify/analytics/kinesis-firehose with the same event object (alias it when the file records to several providers); check the stream or tracking names, which the Gen 2 backend may have renamed
  Analytics.record({ data: item, streamName: 'clicks' }, 'AWSKinesisFirehose');
  // TODO(amplify-migrate): ANA-03 call record() from aws-amplify/analytics/personalize with the same event object (alias it when the file records to several providers); check the trackingId and the event types against the Gen 2 backend
  Analytics.record({ eventType: 'Identify', properties: { userId: user.id } }, 'AmazonPersonalize');
  // TODO(amplify-migrate): NOT-04 use identifyUser({ userId, userProfile: { customProperties: userInfo.attributes, demographic, location, metrics, email, name, plan }, options: { userAttributes } }) from aws-amplify/in-app-messaging or aws-amplify/push-notifications
  await Notifications.InAppMessaging.identifyUser(user.id, { attributes: { plan: ['pro'] } });
  // TODO(amplify-migrate): DS-05 DataStore is not in Gen 2; suggested: await client.models.<Model>.create({ … }) for a new item, await client.models.<Model>.update({ id, … }) for a changed one
  await DataStore.save(item);
  // TODO(amplify-migrate): DS-07 DataStore is not in Gen 2; suggested: await client.models.Todo.delete({ id })
  await DataStore.delete(Todo, id);
  // TODO(amplify-migrate): DS-08 DataStore is not in Gen 2; suggested: subscribe to each model: client.models.<Model>.onCreate(), onUpdate() and onDelete()
  const all = DataStore.observe().subscribe(() => {});
  // TODO(amplify-migrate): DS-09 DataStore is not in Gen 2; suggested: client.models.Todo.observeQuery().subscribe(({ items, isSynced }) => …)
  const todos = DataStore.observeQuery(Todo).subscribe(({ items }) => logger.info(items));
  // TODO(amplify-migrate): DS-09 DataStore is not in Gen 2; suggested: client.models.Todo.observeQuery({ filter }).subscribe(({ items, isSynced }) => …) with the predicate written as a filter object (no sort option: sort items yourself)
  const sorted = DataStore.observeQuery(Todo, (c) => c.done.eq(false), { sort: (s) => s.createdAt('DESCENDING') }).subscribe(() => {});
  // TODO(amplify-migrate): UTL-06 ClientDevice.clientInfo has no v6 equivalent: read what you need from navigator (or react-native Platform) directly
  return { info: ClientDevice.clientInfo(), all, todos, sorted };
}
