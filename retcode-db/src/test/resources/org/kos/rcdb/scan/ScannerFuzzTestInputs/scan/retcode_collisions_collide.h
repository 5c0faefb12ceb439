/* Definitions `kos rc check` must object to. */
#define RC_SPACE_APP 10

#define rcMyDenied MAKE_RETCODE(RC_CUSTOMER_FALSE, RC_SPACE_GENERAL, 0, 21, "clashes with rcSecurityDisallow")
#define rcAppA     MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_APP, 1, 1, "A")
#define rcAppB     MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_APP, 1, 1, "B, by mistake the value of A")
#define rcAppTwice MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_APP, 1, 2, "first")
