/* Spaces and facilities of the ACME solution. */
#ifndef ACME_FACILITIES_H
#define ACME_FACILITIES_H

#define RC_SPACE_ACME        10   /* our own space, outside the SDK's 0..5 */

#define RC_FACILITY_USB      (1)
#define RC_FACILITY_I2C      0x02
#define RC_FACILITY_BLKDEV   (RC_FACILITY_I2C + 1)   // derived from another constant

#endif /* ACME_FACILITIES_H */
