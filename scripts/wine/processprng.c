/*
 * bcryptprimitives.dll with the one function Wine 8 lacks: ProcessPrng,
 * which the Go runtime (Go 1.22 and newer) calls for random numbers at
 * start. Only scripts/release-check.sh uses it, to run the Windows
 * command line under Wine; Windows 10 and 11 have the real one.
 */
#include <windows.h>

BOOLEAN NTAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
