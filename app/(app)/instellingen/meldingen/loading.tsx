import { Main } from "@/components/layout/main";
import { LoadingStatus } from "@/components/ui/loading-status";

export default function Loading() {
  return (
    <Main>
      <LoadingStatus />
    </Main>
  );
}
