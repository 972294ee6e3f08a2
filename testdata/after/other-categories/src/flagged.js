import { Analytics, Signer, Notifications } from 'aws-amplify';

// What no rule rewrites is left as it is, with a marker.
// TODO(amplify-migrate): ANA-04 use configureAutoTrack({ enable, type: 'session', options: { … } }) from aws-amplify/analytics; v6 takes attributes only as a record, not as a function
Analytics.autoTrack('session', { enable: true, attributes: () => ({ at: Date.now() }) });

export function track(order, user) {
  // TODO(amplify-migrate): ANA-01 use record({ … }) without immediate, then flushEvents(), both from aws-amplify/analytics
  Analytics.record({ name: 'paid', immediate: true });
  // TODO(amplify-migrate): ANA-03 call record() from aws-amplify/analytics/kinesis with the same event object (alias it when the file records to several providers); check the stream or tracking names, which the Gen 2 backend may have renamed
  Analytics.record({ data: order, partitionKey: order.id, streamName: 'orders' }, 'AWSKinesis');
  // TODO(amplify-migrate): ANA-07 use identifyUser({ userId, userProfile: { customProperties: attributes, demographic, location, metrics }, options: { userAttributes } }) from aws-amplify/analytics; address, channelType and optOut have no v6 field
  Analytics.updateEndpoint({ userId: user.id, address: user.email, channelType: 'EMAIL' });
  // TODO(amplify-migrate): UTL-05 Signer.signUrl has no public v6 equivalent: sign requests with @smithy/signature-v4 and credentials from fetchAuthSession()
  return Signer.signUrl('https://example.com/x', { access_key: 'a', secret_key: 's' });
}

export function watchMessages() {
  // TODO(amplify-migrate): NOT-01 delete this and call initializeInAppMessaging() from aws-amplify/in-app-messaging once after Amplify.configure; then call syncMessages(), dispatchEvent(…) … from aws-amplify/in-app-messaging directly
  const { InAppMessaging } = Notifications;
  InAppMessaging.syncMessages();
}

// The event may be a name (v4) or an event object: which one is only known at run time.
export function trackEvent(event) {
  // TODO(amplify-migrate): IMP-07 Analytics.record has no automatic rewrite yet: see the spec section for its category (§3 import map, §11–§15)
  return Analytics.record(event);
}
