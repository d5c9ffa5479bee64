//! A moment that happens once (the store is wanted, the store is there),
//! which any number of tasks can wait for, on any executor: the browser's
//! has no tokio, so no timer polls for it either.

use std::cell::RefCell;
use std::rc::Rc;
use std::task::{Poll, Waker};

#[derive(Clone, Default)]
pub(super) struct Moment(Rc<RefCell<Waiting>>);

#[derive(Default)]
struct Waiting {
    come: bool,
    wakers: Vec<Waker>,
}

impl Moment {
    /// The moment has come: every task waiting goes on; later waits return at once.
    pub fn arrive(&self) {
        let wakers = {
            let mut w = self.0.borrow_mut();
            w.come = true;
            std::mem::take(&mut w.wakers)
        };
        // Woken after the borrow ends: a woken task may look at it at once.
        wakers.into_iter().for_each(Waker::wake);
    }

    /// Returns once the moment has come.
    pub async fn come(&self) {
        futures_util::future::poll_fn(|cx| {
            let mut w = self.0.borrow_mut();
            if w.come {
                return Poll::Ready(());
            }
            if !w.wakers.iter().any(|k| k.will_wake(cx.waker())) {
                w.wakers.push(cx.waker().clone());
            }
            Poll::Pending
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::Moment;
    use futures_util::FutureExt;

    #[test]
    fn those_waiting_go_on_once_it_comes_and_later_ones_at_once() {
        let moment = Moment::default();
        let mut first = Box::pin(moment.come());
        assert!(first.as_mut().now_or_never().is_none());
        moment.arrive();
        assert!(first.now_or_never().is_some());
        assert!(Box::pin(moment.come()).now_or_never().is_some());
    }
}
