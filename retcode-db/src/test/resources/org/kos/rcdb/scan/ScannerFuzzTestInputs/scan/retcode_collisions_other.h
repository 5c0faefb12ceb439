#define rcAppTwice MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_APP, 1, 3, "second, another value")
#define rcAppWide  MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_APP, 200, 1, "facility wider than 7 bits")
