// The entry of the lazy chunk that holds the tracking page and its styles.
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/CloseButton.css';
import './public-tracking.css';

export { TrackingPage } from './tracking-page';
