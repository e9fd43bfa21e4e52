// Every view on a 360 × 740 phone (see screens.mjs).
import { everyView } from './screens.mjs';

everyView('phone', { width: 360, height: 740 });
