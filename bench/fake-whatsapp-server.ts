// The fake WhatsApp Cloud API of the notifications benchmark in its own process, so the load generator
// and the fake do not share an event loop. Prints one JSON line (its base URL and credentials); answers
// `{id, ids}` over IPC with its figures for those notice ids.
import { startFakeWhatsapp } from '../src/server/testing/fake-whatsapp';
import { fakeStats } from './notifications-support';

const fake = await startFakeWhatsapp();
console.log(
  JSON.stringify({
    apiBase: fake.apiBase,
    token: fake.token,
    phoneNumberId: fake.phoneNumberId,
    appSecret: fake.appSecret,
  }),
);
process.on('message', (message: { id: number; ids: string[] }) => {
  process.send?.({ id: message.id, stats: fakeStats(fake, message.ids) });
});
process.on('SIGTERM', () => {
  void fake.close().then(() => process.exit(0));
});
