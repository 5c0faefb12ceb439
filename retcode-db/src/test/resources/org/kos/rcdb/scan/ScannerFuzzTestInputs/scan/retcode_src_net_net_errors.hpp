// C++ with CRLF line ends and tabs.
#pragma once
#define NET_FACILITY	4

namespace acme::net {

constexpr Retcode kNetUnreachable =
	MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_ACME, NET_FACILITY, 1, u8"Network unreachable");

struct Errors {
	static constexpr Retcode kNetRefused = MAKE_RETCODE(RC_CUSTOMER_TRUE, RC_SPACE_ACME, NET_FACILITY,
		(Retcode) 2, "Connection refused");
};

}  // namespace acme::net
