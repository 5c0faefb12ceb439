package ${pkg}.IPing

interface {
    Ping(in UInt32 value, out UInt32 result);
}
