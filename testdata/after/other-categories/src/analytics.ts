import { configureAutoTrack, record, enable, disable } from 'aws-amplify/analytics';

configureAutoTrack({ enable: true, type: 'session', options: { attributes: { app: 'shop' } } });
configureAutoTrack({ enable: true, type: 'pageView', options: { eventName: 'pageView', urlProvider: () => window.location.origin + window.location.pathname, appType: 'singlePage' } });
configureAutoTrack({ enable: true, type: 'event', options: { selectorPrefix: 'data-track-' } });

export interface CartItem {
  id: string;
  price: number;
}

export async function addToCart(item: CartItem): Promise<void> {
  await record({ name: 'addToCart', attributes: { id: item.id }, metrics: { price: item.price } });
}

export function checkout(): void {
  record({ name: 'checkout' });
  record({ name: 'checkoutPage', attributes: { step: 'payment' } });
}

export function setTracking(allowed: boolean): void {
  if (allowed) {
    enable();
  } else {
    disable();
  }
}

export function resumeSession(): void {
  // TODO(amplify-migrate): ANA-09 v6 tracks sessions only after configureAutoTrack({ enable: true, type: 'session' }); add that call if the app relied on v5's automatic session events
  record({ name: '_session.start' });
}
