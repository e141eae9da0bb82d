// Benchmarks measure what production runs. Imported first, before any module of Samen reads
// NODE_ENV: outside production every database row is checked against its zod shape (src/core/db.ts),
// a cost that grows with the rows a request returns and that production does not pay.
process.env.NODE_ENV = 'production';
