import { ServiceWorker } from 'aws-amplify/utils';
import { configureAutoTrack, record as amplifyRecord, disable } from 'aws-amplify/analytics';
import { setConflictHandler, notifyMessageInteraction, onMessageDismissed, onMessageActionTaken, clearMessages, onMessageReceived } from 'aws-amplify/in-app-messaging';
import { onNotificationReceivedInForeground, onNotificationReceivedInBackground, onNotificationOpened, getLaunchNotification, getBadgeCount, setBadgeCount } from 'aws-amplify/push-notifications';

const worker = new ServiceWorker();

configureAutoTrack({ enable: true, type: 'pageView', options: { eventName: 'screen' } });
configureAutoTrack({ enable: false, type: 'pageView', options: { appType: 'multiPage' } });

export function wireMessages(): Array<{ remove: () => void }> {
  setConflictHandler((messages) => messages[0]);
  return [
    onMessageReceived((message) => {
      notifyMessageInteraction({ message, type: 'messageDisplayed' });
    }),
    onMessageDismissed((message) => console.log('dismissed', message.id)),
    onMessageActionTaken((message) => console.log('action', message.id)),
    onNotificationReceivedInForeground((n) => console.log(n.title)),
    onNotificationReceivedInBackground(async (n) => console.log(n.body)),
    onNotificationOpened((n) => console.log('opened', n.title)),
  ];
}

export async function resetBadge(): Promise<void> {
  const launch = await getLaunchNotification();
  const count = await getBadgeCount();
  if (launch && count) {
    setBadgeCount(0);
  }
  await clearMessages();
}

export function record(score: number): void {
  amplifyRecord({ name: 'levelDone', attributes: { level: 'one' }, metrics: { score } });
  // TODO(amplify-migrate): ANA-09 v6 tracks sessions only after configureAutoTrack({ enable: true, type: 'session' }); add that call if the app relied on v5's automatic session events
  amplifyRecord({ name: '_session.stop' });
  disable();
  void worker.register('/service-worker.js', '/');
}
