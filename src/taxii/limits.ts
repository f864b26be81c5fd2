/**
 * The most objects one envelope may hold. Each object, even a bare `1`, earns an entry in the
 * status resource, so without a cap a 16 MB body of tiny entries asks for a status of
 * hundreds of MB (measured: 4,000,000 entries in 8 MB took the server to 5.3 GB).
 *
 * Hoggar's TAXII client takes the same number as its cap on any list in an answer: a status
 * lists one entry per object of an envelope, so a smaller client cap would refuse a status
 * this server may rightly send.
 */
export const MAX_ENVELOPE_OBJECTS = 100_000;
