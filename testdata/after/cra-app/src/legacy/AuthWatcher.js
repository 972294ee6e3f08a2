// HUB-02 where listen and remove live in different methods: flagged, not rewritten.
import { Hub } from 'aws-amplify/utils';

export class AuthWatcher {
  start() {
    Hub.listen('auth', this.onAuth);
  }

  stop() {
    // TODO(amplify-migrate): HUB-02 Hub.remove is gone: keep the function that Hub.listen returns (const stop = Hub.listen(…)) and call stop() here
    Hub.remove('auth', this.onAuth);
  }

  onAuth = ({ payload }) => {
    console.log(payload.event);
  };
}
