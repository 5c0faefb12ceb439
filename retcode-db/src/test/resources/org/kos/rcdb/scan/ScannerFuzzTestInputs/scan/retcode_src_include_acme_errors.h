#ifndef ACME_ERRORS_H
#define ACME_ERRORS_H

#include <rtl/retcode.h>
#include "facilities.h"

/* One line. */
#define rcAcmeUsbStall MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_ACME, RC_FACILITY_USB, 1, "USB endpoint stalled")

/* Spread over lines, comments inside, nested parens, a concatenated description. */
#define rcAcmeUsbBabble                                  \
    MAKE_RETCODE(RC_CUSTOMER_TRUE, /* customer */       \
                 RC_SPACE_ACME,                         \
                 RC_FACILITY_USB,                       \
                 ((1 << 1) | 1),   /* = 3, (not 2) */   \
                 "USB device talks " "past the end "    \
                 "of its frame")

/* A wrapper macro, as teams write to fix space and facility once. */
#define ACME_I2C_RC(code, desc) \
    MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_ACME, RC_FACILITY_I2C, code, desc)
#define rcAcmeI2cNack    ACME_I2C_RC(1, "I2C target did not acknowledge")
#define rcAcmeI2cArbLost ACME_I2C_RC(2, "I2C arbitration lost (another master, \"multi-master\")")

/* An alias is the same code under a second name, not a new definition. */
#define rcAcmeUsbHalted rcAcmeUsbStall

/* MAKE_RETCODE(1, 2, 3, 4, "inside a comment is not a definition") */
// #define rcAcmeCommentedOut MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_ACME, 1, 99, "no")

enum acme_blk_errors {
    rcAcmeBlkReadOnly = MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_ACME, RC_FACILITY_BLKDEV, 1,
                                     "Block device is read-only"),
    rcAcmeBlkNoMedia  = MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_ACME, RC_FACILITY_BLKDEV, 0x2u,
                                     "No medium"),
};

static inline Retcode acme_helper(void)
{
    /* A local variable is not a definition. */
    Retcode rc = MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_ACME, 9, 9, "local");
    return rc;
}

#endif /* ACME_ERRORS_H */
