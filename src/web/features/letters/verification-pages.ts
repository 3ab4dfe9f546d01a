// The entry of the lazy chunk of the public verification page and its styles.
import '@mantine/core/styles/Table.css';

export { VerificationPage } from './verification-page';
