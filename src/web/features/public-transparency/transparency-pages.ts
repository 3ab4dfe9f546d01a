// The entry of the lazy chunk that holds the transparency page and its styles (no chart library:
// plain tables and CSS bars keep a phone's first load small).
import './public-transparency.css';

export { TransparencyPage } from './transparency-page';
