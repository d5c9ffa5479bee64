//! A TCP proxy between the device and the server that can cut the line:
//! after so many bytes of upload, right after the server has answered the
//! evaluation (so the device never hears that it was stored), or at random
//! on a share of its connections (reset, or stalled, in the middle of a body).

use rand::{Rng, SeedableRng};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Default)]
struct Control {
    /// Upload bytes still allowed before the line is cut; negative: no limit.
    upload_budget: AtomicI64,
    /// Drop the server's answer to an evaluation PUT.
    drop_evaluation_answers: AtomicBool,
    /// Refuse new connections and cut existing ones.
    down: AtomicBool,
    /// Whether a cut happened.
    cut: AtomicBool,
    /// Where the server is, once there is one.
    upstream: Mutex<Option<SocketAddr>>,
    /// Random faults on a share of the connections, if set.
    faults: Mutex<Option<(f64, rand::rngs::StdRng)>>,
    resets: AtomicU64,
    stalls: AtomicU64,
    connections: AtomicU64,
}

/// What happens to one connection.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fault {
    None,
    /// Part way (`fraction`) into the first bytes that arrive in one direction
    /// (up: the device's request; down: the server's answer), the connection
    /// is reset (RST) or stops passing anything (a stall).
    At {
        up: bool,
        fraction: f64,
        reset: bool,
    },
}

/// How many connections the proxy saw and how many it broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FaultCounts {
    pub connections: u64,
    pub resets: u64,
    pub stalls: u64,
}

pub struct Proxy {
    pub addr: SocketAddr,
    control: Arc<Control>,
}

impl Proxy {
    pub async fn start(upstream: SocketAddr) -> Self {
        let proxy = Self::in_front_of_nothing().await;
        proxy.server_started(upstream);
        proxy
    }

    /// A proxy with no server behind it yet: every connection is closed at
    /// once, as an unreachable server would. The device can be given its
    /// address before any server exists.
    pub async fn in_front_of_nothing() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("proxy bind");
        let addr = listener.local_addr().expect("proxy addr");
        let control = Arc::new(Control::default());
        control.upload_budget.store(-1, Ordering::SeqCst);
        let ctl = control.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let upstream = *ctl.upstream.lock().unwrap_or_else(|p| p.into_inner());
                let Some(upstream) = upstream.filter(|_| !ctl.down.load(Ordering::SeqCst)) else {
                    drop(client);
                    continue;
                };
                ctl.connections.fetch_add(1, Ordering::SeqCst);
                let fault = ctl.next_fault();
                tokio::spawn(relay(client, upstream, ctl.clone(), fault));
            }
        });
        Self { addr, control }
    }

    /// The server is up at `addr`: connections pass to it from now on.
    pub fn server_started(&self, addr: SocketAddr) {
        *self.control.upstream.lock().unwrap_or_else(|p| p.into_inner()) = Some(addr);
    }

    /// From now on, a share `rate` of new connections is reset or stalled
    /// (half each) in the middle of a request or an answer; which ones, and
    /// where, is decided by a generator seeded with `seed`.
    pub fn break_connections_at_random(&self, rate: f64, seed: u64) {
        let rng = rand::rngs::StdRng::seed_from_u64(seed);
        *self.control.faults.lock().unwrap_or_else(|p| p.into_inner()) = Some((rate, rng));
        self.control.upload_budget.store(-1, Ordering::SeqCst);
    }

    pub fn fault_counts(&self) -> FaultCounts {
        FaultCounts {
            connections: self.control.connections.load(Ordering::SeqCst),
            resets: self.control.resets.load(Ordering::SeqCst),
            stalls: self.control.stalls.load(Ordering::SeqCst),
        }
    }

    /// Cut the line once `bytes` more bytes have gone up, and stay down.
    pub fn cut_after_upload_bytes(&self, bytes: i64) {
        self.control.upload_budget.store(bytes, Ordering::SeqCst);
    }

    /// Let the server store evaluations but lose its answers, and go down.
    pub fn drop_evaluation_answers(&self) {
        self.control.drop_evaluation_answers.store(true, Ordering::SeqCst);
    }

    /// The line is back: everything passes again.
    pub fn restore(&self) {
        *self.control.faults.lock().unwrap_or_else(|p| p.into_inner()) = None;
        self.control.upload_budget.store(-1, Ordering::SeqCst);
        self.control.drop_evaluation_answers.store(false, Ordering::SeqCst);
        self.control.down.store(false, Ordering::SeqCst);
    }

    pub fn was_cut(&self) -> bool {
        self.control.cut.load(Ordering::SeqCst)
    }
}

/// How long a stalled connection is held before the proxy lets it go.
const STALL: Duration = Duration::from_secs(20);

impl Control {
    fn next_fault(&self) -> Fault {
        let mut faults = self.faults.lock().unwrap_or_else(|p| p.into_inner());
        let Some((rate, rng)) = faults.as_mut() else { return Fault::None };
        if !rng.gen_bool(*rate) {
            return Fault::None;
        }
        Fault::At { up: rng.gen_bool(0.7), fraction: rng.gen_range(0.05..0.95), reset: rng.gen_bool(0.5) }
    }

    /// Carries out a fault that has struck: reset the client's connection, or hold it silent.
    async fn strike(&self, reset: bool) {
        if reset {
            self.resets.fetch_add(1, Ordering::SeqCst);
        } else {
            self.stalls.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(STALL).await;
        }
    }
}

/// Copies one direction; with a fault in this direction, only part (`fraction`)
/// of the first bytes that arrive pass, and the fault strikes. Returns true
/// when it struck.
async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    to: &mut tokio::net::tcp::OwnedWriteHalf,
    fraction: Option<f64>,
) -> bool {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => return false,
            Ok(n) => n,
        };
        if let Some(f) = fraction {
            let passing = ((n as f64 * f) as usize).min(n.saturating_sub(1));
            let _ = to.write_all(&buf[..passing]).await;
            return true;
        }
        if to.write_all(&buf[..n]).await.is_err() {
            return false;
        }
    }
}

/// A connection with a random fault: both directions copied until the fault strikes.
async fn relay_with_fault(
    client: TcpStream,
    server: TcpStream,
    ctl: Arc<Control>,
    up: bool,
    fraction: f64,
    reset: bool,
) {
    if reset {
        // Closing with a zero linger sends RST instead of FIN.
        let _ = client.set_zero_linger();
    }
    let (client_rx, mut client_tx) = client.into_split();
    let (server_rx, mut server_tx) = server.into_split();
    let (up_fault, down_fault) = if up { (Some(fraction), None) } else { (None, Some(fraction)) };
    let struck = tokio::select! {
        s = pump(client_rx, &mut server_tx, up_fault) => s,
        s = pump(server_rx, &mut client_tx, down_fault) => s,
    };
    if struck {
        ctl.strike(reset).await;
    }
}

async fn relay(client: TcpStream, upstream: SocketAddr, ctl: Arc<Control>, fault: Fault) {
    let Ok(server) = TcpStream::connect(upstream).await else { return };
    if let Fault::At { up, fraction, reset } = fault {
        return relay_with_fault(client, server, ctl, up, fraction, reset).await;
    }
    let (mut client_rx, mut client_tx) = client.into_split();
    let (mut server_rx, mut server_tx) = server.into_split();
    let evaluation_sent = Arc::new(AtomicBool::new(false));
    let sent = evaluation_sent.clone();
    let up_ctl = ctl.clone();
    let up = tokio::spawn(async move {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match client_rx.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let budget = up_ctl.upload_budget.load(Ordering::SeqCst);
            if up_ctl.down.load(Ordering::SeqCst) || (budget >= 0 && (n as i64) > budget) {
                // Forward what the budget allows, then cut both ways.
                if budget > 0 {
                    let _ = server_tx.write_all(&buf[..budget as usize]).await;
                }
                up_ctl.upload_budget.store(0, Ordering::SeqCst);
                up_ctl.down.store(true, Ordering::SeqCst);
                up_ctl.cut.store(true, Ordering::SeqCst);
                break;
            }
            if budget >= 0 {
                up_ctl.upload_budget.fetch_sub(n as i64, Ordering::SeqCst);
            }
            if buf[..n].windows(23).any(|w| w == b"PUT /api/v1/evaluations") {
                sent.store(true, Ordering::SeqCst);
            }
            if server_tx.write_all(&buf[..n]).await.is_err() {
                break;
            }
        }
    });
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = match server_rx.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        if ctl.down.load(Ordering::SeqCst) {
            break;
        }
        if ctl.drop_evaluation_answers.load(Ordering::SeqCst) && evaluation_sent.load(Ordering::SeqCst) {
            // The server has answered; the device will never know.
            ctl.down.store(true, Ordering::SeqCst);
            ctl.cut.store(true, Ordering::SeqCst);
            break;
        }
        if client_tx.write_all(&buf[..n]).await.is_err() {
            break;
        }
    }
    up.abort();
}
