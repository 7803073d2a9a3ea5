import { migrateAndSeedAll } from './seedAll';

/** `npm run seed [-- --small]`: migrate and seed every subgraph database that is not seeded yet. */
migrateAndSeedAll(process.env, { scale: process.argv.includes('--small') ? 'small' : 'city' })
  .then((timings) => {
    const seeded = Object.keys(timings).filter((k) => k !== 'generate');
    console.log(seeded.length ? `Seeded ${seeded.join(', ')}: ${JSON.stringify(timings)} ms` : 'Every subgraph database was already seeded.');
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
