/* A table of numbers by key. Get of a key never put fails with the error "missing". */
package ${pkg}.Store

interface {
    Put(in UInt32 key, in UInt32 value);
    Get(in UInt32 key, out UInt32 value, error UInt32 missing);
    Clear();
}
