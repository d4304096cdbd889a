// The datasets in src/data as the build ships them in one respect: with their dates written out (`dates`, from
// `writtenDates` in scripts/datasets.mjs). The element imports its bundled dataset from src/data here, as the tests
// do (one module, so one copy), and draws dates only from `dates`: without this, tests would see ISO dates.
import { DATA_DIR, readDataset, writtenDates } from '../../scripts/datasets.mjs';

export function writtenOutDates(context, next) {
  const match = /^\/src\/data\/([a-z]{2,3}(-[a-z0-9]+)*)\.json$/i.exec(context.path);
  if (!match || DATA_DIR !== 'src/data') return next();
  const data = readDataset(match[1]);
  context.set('Content-Type', 'application/json');
  context.body = JSON.stringify({ ...data, dates: writtenDates(data) });
}
