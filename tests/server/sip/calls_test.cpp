// Calls against real SIPp peers: an incoming trunk call with DTMF INFO and a re-INVITE, an
// outgoing call to a registered extension behind a "NAT", ring timeout, and shutdown with live calls.
#include <catch2/catch.hpp>

#include "sip_test_support.h"

using namespace cti::sip;
using namespace cti::sip::test;
