// The entry of the lazy chunk that holds the catalogue pages and their styles.
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Input.css';
import './public-catalogue.css';

export { ServiceListPage } from './service-list-page';
export { ServiceStandardPage } from './service-standard-page';
