import fishaudio.client.generated.VoiceDesignRequest

// An optional field assigned to a non-null type. With @Nullable on seed() (JSpecify, read by
// Kotlin 2.x as Int?), this must not compile; without it, Kotlin sees a platform type and the
// assignment compiles and throws NullPointerException at run time.
fun seedOf(request: VoiceDesignRequest): Int {
  val seed: Int = request.seed()
  return seed
}
