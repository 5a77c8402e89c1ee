#include "AuditFixtures.h"

#include <catch2/catch.hpp>
