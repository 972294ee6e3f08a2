import { Analytics, Signer, Notifications } from 'aws-amplify';

// What no rule rewrites is left as it is, with a marker.
Analytics.autoTrack('session', { enable: true, attributes: () => ({ at: Date.now() }) });

export function track(order, user) {
  Analytics.record({ name: 'paid', immediate: true });
  Analytics.record({ data: order, partitionKey: order.id, streamName: 'orders' }, 'AWSKinesis');
  Analytics.updateEndpoint({ userId: user.id, address: user.email, channelType: 'EMAIL' });
  return Signer.signUrl('https://example.com/x', { access_key: 'a', secret_key: 's' });
}

export function watchMessages() {
  const { InAppMessaging } = Notifications;
  InAppMessaging.syncMessages();
}

// The event may be a name (v4) or an event object: which one is only known at run time.
export function trackEvent(event) {
  return Analytics.record(event);
}
