// Every view on a 1280 × 800 desktop (see screens.mjs).
import { everyView } from './screens.mjs';

everyView('desktop', { width: 1280, height: 800 });
