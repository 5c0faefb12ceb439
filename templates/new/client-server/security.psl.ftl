/*
 * ${pkg}: the security policy. Everything not granted here is refused: the kernel may start
 * itself and Einit, Einit may start the two programs, and the client may call Put and Get on the
 * server's endpoint store. Clear is not granted, so the client's Clear fails with
 * rcSecurityDisallow and never reaches the server.
 */
execute: kl.core.Execute
use nk.base._
use EDL Einit
use EDL kl.core.Core
use EDL ${pkg}.Client
use EDL ${pkg}.Server

execute {
    match src=kl.core.Core { match dst=kl.core.Core { grant () }  match dst=Einit { grant () } }
    match src=Einit        { match dst=${pkg}.Server { grant () }  match dst=${pkg}.Client { grant () } }
}

request {
    match src=${pkg}.Client, dst=${pkg}.Server, endpoint=store {
        match method=Put { grant () }
        match method=Get { grant () }
    }
}

response {
    match src=${pkg}.Server, dst=${pkg}.Client, endpoint=store {
        match method=Put { grant () }
        match method=Get { grant () }
    }
}

// Get's error response ("no such key") is a response of its own kind.
error {
    match src=${pkg}.Server, dst=${pkg}.Client, endpoint=store, method=Get { grant () }
}
