import { Amplify, PubSub, Predictions, Interactions, Geo, AWSLexV2Provider, AmazonAIPredictionsProvider } from 'aws-amplify';
import { AWSIoTProvider } from '@aws-amplify/pubsub';

Amplify.addPluggable(new AWSIoTProvider({ aws_pubsub_region: 'us-east-1', aws_pubsub_endpoint: 'wss://example-ats.iot.us-east-1.amazonaws.com/mqtt' }));
Amplify.addPluggable(new AWSLexV2Provider());
Predictions.addPluggable(new AmazonAIPredictionsProvider());

export async function order(file) {
  await PubSub.publish('orders', { id: 1 });
  PubSub.subscribe(['orders', 'returns']).subscribe({ next: (data) => console.log(data.value) });
  const { text } = await Predictions.identify({ text: { source: { file } } });
  const reply = await Interactions.send('OrderBot', text.fullText);
  Interactions.onComplete('OrderBot', (err, done) => console.log(err, done));
  const places = await Geo.searchByText('coffee', { maxResults: 5 });
  return { reply, places };
}
