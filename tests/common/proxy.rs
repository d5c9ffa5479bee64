//! A TCP proxy between the device and the server that can cut the line:
//! after so many bytes of upload, or right after the server has answered the
//! evaluation (so the device never hears that it was stored).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;
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
}

pub struct Proxy {
    pub addr: SocketAddr,
    control: Arc<Control>,
}

impl Proxy {
    pub async fn start(upstream: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("proxy bind");
        let addr = listener.local_addr().expect("proxy addr");
        let control = Arc::new(Control::default());
        control.upload_budget.store(-1, Ordering::SeqCst);
        let ctl = control.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                if ctl.down.load(Ordering::SeqCst) {
                    drop(client);
                    continue;
                }
                tokio::spawn(relay(client, upstream, ctl.clone()));
            }
        });
        Self { addr, control }
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
        self.control.upload_budget.store(-1, Ordering::SeqCst);
        self.control.drop_evaluation_answers.store(false, Ordering::SeqCst);
        self.control.down.store(false, Ordering::SeqCst);
    }

    pub fn was_cut(&self) -> bool {
        self.control.cut.load(Ordering::SeqCst)
    }
}

async fn relay(client: TcpStream, upstream: SocketAddr, ctl: Arc<Control>) {
    let Ok(server) = TcpStream::connect(upstream).await else { return };
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
