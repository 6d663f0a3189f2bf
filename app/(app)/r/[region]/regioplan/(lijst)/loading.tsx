import { LoadingStatus } from "@/components/ui/loading-status";

// In the (lijst) group so that it wraps the list only: a loading boundary above a detail page
// would start streaming before the page knows its id exists, and a missing plan or initiative
// would then answer 200 instead of 404 (the detail pages have no loading.tsx for that reason).
export default function Loading() {
  return <LoadingStatus />;
}
